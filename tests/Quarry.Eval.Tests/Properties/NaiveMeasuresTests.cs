using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Xunit;

namespace Quarry.Eval.Tests.Properties;

/// <summary>The evaluator against textbook definitions written the slow, obvious way, on random runs with many score ties.</summary>
public sealed class NaiveMeasuresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void CommonMeasures_RandomRunsWithTies_EqualNaiveDefinitions(int seed)
    {
        var random = new Random(seed);
        var qrels = new QrelSet();
        var run = new Run();
        for (int q = 0; q < 40; q++)
        {
            string qid = "q" + q;
            foreach (int d in Enumerable.Range(0, 30).Where(_ => random.NextDouble() < 0.4))
            {
                qrels.Add(new Qrel(qid, "d" + d, random.Next(0, 4)));
            }

            foreach (int d in Enumerable.Range(0, 50).Where(_ => random.NextDouble() < 0.5))
            {
                run.Add(qid, new ScoredDoc("d" + d, random.Next(0, 6))); // few distinct scores: many ties
            }
        }

        foreach (var (name, naive) in Definitions())
        {
            var values = Evaluator.PerQuery(qrels, run, Measure.Parse(name), includeMissingQueries: false);
            foreach (var (qid, value) in values)
            {
                var ranked = run[qid].OrderByDescending(h => h.Score).ThenByDescending(h => h.DocId, StringComparer.Ordinal).Select(h => h.DocId).ToList();
                Assert.True(Math.Abs(naive(ranked, qrels[qid]) - value) < 1e-12, $"{name} on {qid}: naive {naive(ranked, qrels[qid])}, evaluator {value}");
            }
        }
    }

    private static IEnumerable<(string, Func<List<string>, IReadOnlyDictionary<string, int>, double>)> Definitions()
    {
        static int Grade(IReadOnlyDictionary<string, int> j, string d) => j.TryGetValue(d, out int g) ? g : 0;
        static int Relevant(IReadOnlyDictionary<string, int> j, int level) => j.Values.Count(g => g >= level);

        yield return ("RR@10", (r, j) => r.Take(10).Select((d, i) => Grade(j, d) >= 1 ? 1.0 / (i + 1) : 0).FirstOrDefault(v => v > 0));
        yield return ("P@5", (r, j) => r.Take(5).Count(d => Grade(j, d) >= 1) / 5.0);
        yield return ("R@20", (r, j) => Relevant(j, 1) == 0 ? 0 : r.Take(20).Count(d => Grade(j, d) >= 1) / (double)Relevant(j, 1));
        yield return ("AP(rel=2)", (r, j) =>
        {
            int rel = Relevant(j, 2);
            double sum = 0;
            int found = 0;
            for (int i = 0; i < r.Count; i++)
            {
                if (Grade(j, r[i]) >= 2)
                {
                    sum += ++found / (double)(i + 1);
                }
            }

            return rel == 0 ? 0 : sum / rel;
        });
        yield return ("nDCG@10", (r, j) =>
        {
            double dcg = r.Take(10).Select((d, i) => Grade(j, d) > 0 ? Grade(j, d) / Math.Log2(i + 2) : 0).Sum();
            double ideal = j.Values.Where(g => g > 0).OrderDescending().Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
            return ideal > 0 ? dcg / ideal : 0;
        });
        yield return ("Success@3", (r, j) => r.Take(3).Any(d => Grade(j, d) >= 1) ? 1 : 0);
    }
}
