namespace Quarry.Eval.Tests.TrecEval;

/// <summary>Reads reference files made of "### ... cmd: trec_eval ..." headers, each followed by that command's output.</summary>
internal static class ReferenceFile
{
    /// <summary>(header text after "cmd: ", output) for each block; the output keeps its final newline.</summary>
    public static List<(string Command, string Output)> Blocks(string path) => Blocks(path, out _);

    /// <summary>Like <see cref="Blocks(string)"/>, also returning each block's "run=" name (or "").</summary>
    public static List<(string Command, string Output)> Blocks(string path, out List<string> runs)
    {
        var blocks = new List<(string, string)>();
        runs = [];
        string? command = null;
        var output = new System.Text.StringBuilder();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    blocks.Add((command, output.ToString()));
                }

                int cmd = line.IndexOf("cmd: ", StringComparison.Ordinal);
                command = line[(cmd + 5)..].Trim();
                int run = line.IndexOf("run=", StringComparison.Ordinal);
                runs.Add(run < 0 ? "" : line[(run + 4)..].Split(' ', 2)[0]);
                output.Clear();
            }
            else if (command is not null && !line.StartsWith('#'))
            {
                output.Append(line).Append('\n');
            }
        }

        if (command is not null)
        {
            blocks.Add((command, output.ToString()));
        }

        return blocks;
    }
}
