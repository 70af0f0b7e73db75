using System.CommandLine;
using System.Text;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Eval.Input;
using Quarry.Eval.TrecEval;

namespace Quarry.Cli.Commands;

/// <summary>`quarry eval`: Evaluate a run against qrels exactly as trec_eval 9.0.8 does.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var o = new EvalOptionSet();
        var command = new Command(
            "eval",
            "Evaluate a run against qrels exactly as trec_eval 9.0.8 does: same measures, flags and output, byte for byte. " +
            "Example: quarry eval -c -M 10 -m recip_rank qrels.dev.tsv run.dev.txt (MRR@10). Files may be gzipped.");
        o.AddTo(command);
        command.SetAction(parseResult => CliRunner.Run("eval", () => Execute(o.Read(parseResult))));
        return command;
    }

    private static int Execute(EvalRequest request)
    {
        MeasureSelection measures;
        try
        {
            measures = MeasureSelection.Parse(request.Measures);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }

        var result = ConsoleProgress.Run("Evaluating", 0, _ =>
        {
            var judgments = Judgments.Load(request.QrelsPath);
            try
            {
                return TrecEvaluator.EvaluateFile(judgments, request.RunPath, measures, request.Options);
            }
            catch (FormatException ex) when (ex is not InputFormatException)
            {
                throw new UsageException($"{Path.GetFileName(request.RunPath)}: {ex.Message}");
            }
        });

        if (request.OutputPath is { } outputPath)
        {
            using var output = new AtomicFileWriter(outputPath);
            Write(output.Writer, output.Stream, result, request.Json);
            output.Commit();
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            Write(writer, stdout, result, request.Json);
        }

        return 0;
    }

    private static void Write(StreamWriter writer, Stream stream, EvaluationResult result, bool json)
    {
        if (json)
        {
            writer.Flush();
            TrecEvalFormatter.WriteJson(stream, result);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            TrecEvalFormatter.WriteText(writer, result);
            writer.Flush();
        }
    }
}
