using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Data.Topics;
using Quarry.Mining.Labels;
using Quarry.Mining.Passages;
using Quarry.Mining.Pipeline;
using Quarry.Mining.Report;

namespace Quarry.Cli.Commands;

public static partial class MineCommand
{
    internal static int Execute(MineRequest request)
    {
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in TopicsReader.Read(request.Queries))
        {
            queries.TryAdd(q.Id, q.Text);
        }

        var labels = JudgmentIndex.Load(request.Qrels, request.Options.MinPositiveGrade);
        var audit = request.AuditQrels is null ? null : JudgmentIndex.Load(request.AuditQrels);
        using var passages = OpenPassages(request.Passages);
        using var crossEncoder = request.CrossEncoder is null ? null : MineModels.LoadCrossEncoder(request.CrossEncoder, request.Tokenizer);
        using var biEncoder = request.BiEncoder is null ? null : MineModels.LoadBiEncoder(request.BiEncoder, request.Tokenizer);
        var inputs = new MiningInputs
        {
            Queries = queries,
            Labels = labels,
            Passages = passages,
            AuditQrels = audit,
            CrossEncoder = crossEncoder,
            BiEncoder = biEncoder,
        };

        MiningReport report;
        using (var output = new AtomicFileWriter(request.Output))
        {
            report = ConsoleProgress.Run("mining", queries.Count, progress =>
                MiningRun.Run(request.Candidates, inputs, request.Options, request.Format, output.Writer, progress));
            output.Commit();
        }

        Console.Out.Write(MineReportText.Render(report, request));
        if (request.ReportJson is not null)
        {
            using var json = new AtomicFileWriter(request.ReportJson);
            json.Writer.Write(MineReportJson.Render(report, request));
            json.Commit();
        }

        return 0;
    }

    private static IPassageStore OpenPassages(string path)
    {
        if (Directory.Exists(path))
        {
            return MinePassages.OpenIndex(path);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--passages '{path}' is neither an index directory nor a collection file");
        }

        // Progress counts plain bytes scanned; for gzip the compressed size says nothing about that, so no total.
        long total = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? 0 : new FileInfo(path).Length;
        return ConsoleProgress.Run("indexing passages", total, progress => CollectionFileStore.Open(path, progress));
    }
}
