using Quarry.Data.IO;
using Quarry.Data.Runs;
using Quarry.Eval.Comparison;
using Quarry.Eval.Input;

namespace Quarry.Cli.Commands;

/// <summary>
/// Loads a run for `quarry compare`: TREC runs straight into the evaluator's compact table (an MS MARCO dev run has
/// 7 million lines, and per-hit objects would cost gigabytes), MS MARCO runs (`qid pid rank`) through the general reader.
/// </summary>
internal static class CompareRunLoader
{
    public static NamedRun Load(string name, string path) =>
        FirstFieldCount(path) == 3 ? new NamedRun(name, RunReader.Load(path)) : NamedRun.FromTable(name, RunTable.Load(path));

    // The form is decided by the first non-blank line; the reader then checks every line against it.
    private static int FirstFieldCount(string path)
    {
        foreach (var (_, line) in TextInput.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }

        throw new InputFormatException(path, 0, "the run file is empty");
    }
}
