using Quarry.Eval.Input;
using Quarry.Eval.TrecEval;

namespace Quarry.Eval.Tests.TrecEval;

/// <summary>Runs a trec_eval command line (as written in the reference files) through the library, returning its text output.</summary>
internal static class TrecCommand
{
    public static string Run(string commandLine, string qrelsPath, string runPath)
    {
        var tokens = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 0 && tokens[0] == "trec_eval")
        {
            tokens.RemoveAt(0);
        }

        var options = new TrecEvalOptions();
        var specs = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            if (t is "QRELS" or "RUN" || !t.StartsWith('-'))
            {
                continue;
            }

            char flag = t[1];
            string Arg() => t.Length > 2 ? t[2..] : tokens[++i];
            options = flag switch
            {
                'q' => options with { PerQuery = true },
                'c' => options with { Complete = true },
                'n' => options with { NoSummary = true },
                'J' => options with { JudgedDocsOnly = true },
                'M' => options with { MaxDocsPerQuery = int.Parse(Arg(), System.Globalization.CultureInfo.InvariantCulture) },
                'l' => options with { RelevanceLevel = int.Parse(Arg(), System.Globalization.CultureInfo.InvariantCulture) },
                'm' => Add(specs, Arg(), options),
                _ => throw new InvalidOperationException("unexpected flag " + t),
            };
        }

        var result = TrecEvaluator.EvaluateFile(Judgments.Load(qrelsPath), runPath, MeasureSelection.Parse(specs), options);
        var writer = new StringWriter { NewLine = "\n" };
        TrecEvalFormatter.WriteText(writer, result);
        return writer.ToString();
    }

    private static TrecEvalOptions Add(List<string> specs, string spec, TrecEvalOptions options)
    {
        specs.Add(spec);
        return options;
    }
}
