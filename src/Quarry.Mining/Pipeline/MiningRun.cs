using System.Text;
using Quarry.Mining.Candidates;
using Quarry.Mining.Output;
using Quarry.Mining.Report;

namespace Quarry.Mining.Pipeline;

/// <summary>
/// Streams a candidate run through <see cref="QueryMiner"/>: query blocks are read in batches, mined in parallel
/// (each query on its own, with its own seeded generator) and written in input order, so the output is
/// byte-identical for any thread count. Memory in flight is one batch of blocks and their formatted output.
/// </summary>
public static class MiningRun
{
    /// <param name="candidatesPath">The candidate run (TREC or MS MARCO form, gzip allowed).</param>
    /// <param name="inputs">Queries, labels, passages, models.</param>
    /// <param name="options">Mining settings.</param>
    /// <param name="format">Training-file layout.</param>
    /// <param name="output">Where the training lines go.</param>
    /// <param name="progress">Receives the number of query blocks handled, as they are handled.</param>
    public static MiningReport Run(string candidatesPath, MiningInputs inputs, MiningOptions options, ITrainingFormat format,
        TextWriter output, Action<long>? progress = null)
    {
        var (start, end) = ShardRange(candidatesPath, options.Shard);
        var miner = new QueryMiner(inputs, options, format);
        var report = new MiningReport(options.Negatives);
        long labelledSeen = 0;
        int threads = Math.Max(1, options.Threads);
        int batchSize = Math.Max(1, options.BatchSize) * threads;
        var batch = new List<CandidateList>(batchSize);
        foreach (var list in CandidateReader.Read(candidatesPath))
        {
            if (list.Ordinal >= end)
            {
                break;
            }

            if (list.Ordinal < start)
            {
                continue;
            }

            if (inputs.Labels.Contains(list.QueryId))
            {
                labelledSeen++; // the reader guarantees each query id comes once, so no set of ids is needed
            }

            batch.Add(list);
            if (batch.Count == batchSize)
            {
                Flush(batch, miner, report, format, output, threads, progress);
            }
        }

        Flush(batch, miner, report, format, output, threads, progress);
        if (options.Shard.Count == 1)
        {
            report.LabelledQueriesWithoutCandidates = inputs.Labels.QueryCount - labelledSeen;
        }

        report.LabelledQueriesMissingFromQueries = inputs.Labels.QueryIds.Count(q => !inputs.Queries.ContainsKey(q));
        return report;
    }

    /// <summary>
    /// Contiguous block [start, end) of query ordinals for shard i of N, so concatenating shard outputs
    /// 1..N in order gives exactly the unsharded output.
    /// </summary>
    public static (long Start, long End) ShardRange(string candidatesPath, (int Index, int Count) shard)
    {
        if (shard.Count <= 1)
        {
            return (0, long.MaxValue);
        }

        long total = CandidateReader.CountQueries(candidatesPath);
        return (total * (shard.Index - 1) / shard.Count, total * shard.Index / shard.Count);
    }

    private static void Flush(List<CandidateList> batch, QueryMiner miner, MiningReport report, ITrainingFormat format,
        TextWriter output, int threads, Action<long>? progress)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var chunks = new string?[batch.Count];
        var lines = new int[batch.Count];
        void MineOne(int i, MiningReport into)
        {
            var mined = miner.Mine(batch[i], into);
            if (mined is not null)
            {
                var sb = new StringBuilder();
                lines[i] = format.Append(mined, sb);
                chunks[i] = sb.ToString();
            }
        }

        if (threads == 1)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                MineOne(i, report);
            }
        }
        else
        {
            object gate = new();
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new MiningReport(report.NegativesHistogram.Length - 1),
                (i, _, local) =>
                {
                    MineOne(i, local);
                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        report.Merge(local);
                    }
                });
        }

        for (int i = 0; i < chunks.Length; i++)
        {
            if (chunks[i] is { } chunk)
            {
                output.Write(chunk);
                report.OutputLines += lines[i];
            }
        }

        progress?.Invoke(batch.Count);
        batch.Clear();
    }
}
