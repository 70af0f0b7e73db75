using Quarry.Data.Collection;
using Quarry.Data.Runs;
using Quarry.Mining;
using Quarry.Mining.Candidates;
using Quarry.Mining.Labels;
using Quarry.Mining.Output;
using Quarry.Mining.Passages;
using Quarry.Mining.Pipeline;
using Quarry.Mining.Report;

namespace Quarry.Bench.Mining;

/// <summary>The two ways of mining that are compared, each run in a child process so its peak RSS is its own.</summary>
internal static class Modes
{
    private static readonly MiningOptions Options = new() { Depth = 200, Negatives = 8, Sampling = SamplingStrategy.Random, Seed = 1 };

    /// <summary>Quarry: streamed candidates, passages by offset.</summary>
    public static MiningReport Streaming(string dir, int threads, TextWriter output)
    {
        using var passages = CollectionFileStore.Open(Path.Combine(dir, "collection.tsv"));
        return MiningRun.Run(Path.Combine(dir, "run.tsv"), Inputs(dir, passages), Options with { Threads = threads }, new TriplesFormat(text: false), output);
    }

    /// <summary>The peer: what a script does (and sentence-transformers' miner does with its corpus): load the whole run and every text, then mine.</summary>
    public static MiningReport LoadEverything(string dir, TextWriter output)
    {
        var run = RunReader.Load(Path.Combine(dir, "run.tsv"));
        using var passages = new InMemoryPassageStore(CollectionReader.Read(Path.Combine(dir, "collection.tsv")).Select(p => KeyValuePair.Create(p.Id, p.Text)));
        var miner = new QueryMiner(Inputs(dir, passages), Options, new TriplesFormat(text: false));
        var report = new MiningReport(Options.Negatives);
        var sb = new System.Text.StringBuilder();
        long ordinal = 0;
        foreach (string qid in run.QueryIds)
        {
            var list = new CandidateList(qid, run[qid].Select(h => h.DocId).ToArray(), ordinal++, 0);
            if (miner.Mine(list, report) is { } mined)
            {
                sb.Clear();
                new TriplesFormat(text: false).Append(mined, sb);
                output.Write(sb);
            }
        }

        return report;
    }

    private static MiningInputs Inputs(string dir, IPassageStore passages) => new()
    {
        Queries = Quarry.Data.Topics.TopicsReader.Read(Path.Combine(dir, "queries.tsv")).ToDictionary(q => q.Id, q => q.Text),
        Labels = JudgmentIndex.Load(Path.Combine(dir, "qrels.tsv"), 1),
        Passages = passages,
    };
}
