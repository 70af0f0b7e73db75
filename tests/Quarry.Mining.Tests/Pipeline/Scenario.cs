using Quarry.Data.Records;
using Quarry.Mining.Filters;
using Quarry.Mining.Labels;
using Quarry.Mining.Output;
using Quarry.Mining.Passages;
using Quarry.Mining.Pipeline;
using Quarry.Mining.Report;
using Quarry.Tests.Shared;

namespace Quarry.Mining.Tests.Pipeline;

/// <summary>A small hand-made mining setup: queries, labels, passages, a candidate run in a temp file.</summary>
internal sealed class Scenario : IDisposable
{
    private readonly TempDir _dir = new();

    public Dictionary<string, string> Queries { get; } = new(StringComparer.Ordinal);
    public List<Qrel> Labels { get; } = [];
    public List<Qrel> Dense { get; } = [];
    public Dictionary<string, string> Passages { get; } = new(StringComparer.Ordinal);
    public List<string> RunLines { get; } = [];
    public IPairScorer? CrossEncoder { get; set; }
    public ITextEmbedder? BiEncoder { get; set; }

    /// <summary>Adds a candidate list in rank order (scores descending).</summary>
    public void Candidates(string qid, params string[] pids)
    {
        for (int i = 0; i < pids.Length; i++)
        {
            RunLines.Add($"{qid} Q0 {pids[i]} {i + 1} {100 - i} t");
        }
    }

    public (string Output, MiningReport Report) Run(MiningOptions options, string format = "triples-ids")
    {
        string run = Path.Combine(_dir.Path, "run.txt");
        File.WriteAllLines(run, RunLines);
        var inputs = new MiningInputs
        {
            Queries = Queries,
            Labels = JudgmentIndex.FromQrels(Labels, options.MinPositiveGrade),
            Passages = new InMemoryPassageStore(Passages),
            AuditQrels = Dense.Count > 0 ? JudgmentIndex.FromQrels(Dense) : null,
            CrossEncoder = CrossEncoder,
            BiEncoder = BiEncoder,
        };
        var writer = new StringWriter { NewLine = "\n" };
        var report = MiningRun.Run(run, inputs, options, TrainingFormats.ByName(format)!, writer);
        return (writer.ToString(), report);
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>A cross-encoder stub whose score for a passage is looked up by its text.</summary>
internal sealed class TableScorer(Dictionary<string, float> scoreByText) : IPairScorer
{
    public float[] Score(IReadOnlyList<(string Query, string Passage)> pairs) => pairs.Select(p => scoreByText[p.Passage]).ToArray();
}

/// <summary>A bi-encoder stub whose vector for a passage is looked up by its text.</summary>
internal sealed class TableEmbedder(Dictionary<string, float[]> vectorByText) : ITextEmbedder
{
    public float[][] EmbedPassages(IReadOnlyList<string> texts) => texts.Select(t => vectorByText[t]).ToArray();
}
