using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Eval.Comparison;
using Quarry.Eval.Significance;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.Comparison;

public sealed class RunComparerTests
{
    private static readonly QrelSet Dl19 = QrelsReader.Load(SharedData.Path("dl19/qrels.dl19-passage.txt"));

    private static NamedRun Dl19Run(string system) =>
        new(system, RunReader.Load(SharedData.Path($"dl19/runs/rank_llm.{system}.trec_results_dl19.top100.txt.gz")));

    [Fact]
    public void Compare_Dl19Runs_PValuesEqualTTestOnEvaluatorValues()
    {
        var bm25 = Dl19Run("BM25");
        var runs = new[] { Dl19Run("D_BERT_KD_TASB"), Dl19Run("SPLADE_P_P_ENSEMBLE_DISTIL") };
        var report = RunComparer.Compare([new NamedQrels("dl19", Dl19)], bm25, runs, [new MeasureSpec("nDCG@10")], new EvaluatorScorer(), new ComparisonOptions { Correction = Correction.None });

        var table = Assert.Single(Assert.Single(report.Sets).Measures);
        Assert.Equal("nDCG@10", table.Measure);
        var measure = Measure.Parse("nDCG@10");
        var queries = Dl19.QueryIds.Order(StringComparer.Ordinal).ToList();
        var baselineValues = Evaluator.PerQuery(Dl19, bm25.Run, measure, true);
        double[] baseline = [.. queries.Select(q => baselineValues[q])];
        Assert.Equal(Evaluator.Mean(Dl19, bm25.Run, measure, true), table.BaselineMean, 12);
        for (int i = 0; i < runs.Length; i++)
        {
            var perQuery = Evaluator.PerQuery(Dl19, runs[i].Run, measure, true);
            double[] values = [.. queries.Select(q => perQuery[q])];
            var expected = PairedTTest.Run(values, baseline);
            var row = table.Rows[i];
            Assert.Equal(expected.PValue, row.Test.PValue, 15);
            Assert.Equal(Evaluator.Mean(Dl19, runs[i].Run, measure, true), row.Mean, 12);
            Assert.Equal(queries.Count, row.Wins + row.Ties + row.Losses);
            Assert.True(row.Significant, "dense runs beat BM25 on DL19 nDCG@10 by over 0.2");
        }
    }

    [Fact]
    public void Compare_RunMissingQueries_CountsThemAsZeroAndReportsThem()
    {
        var bm25 = Dl19Run("BM25");
        var partial = new Run();
        var dropped = Dl19.QueryIds.Order(StringComparer.Ordinal).Take(3).ToHashSet();
        foreach (string q in bm25.Run.QueryIds.Where(q => !dropped.Contains(q)))
        {
            partial.Set(q, bm25.Run[q]);
        }

        var report = RunComparer.Compare([new NamedQrels("dl19", Dl19)], bm25, [new NamedRun("partial", partial)], [new MeasureSpec("nDCG@10")], new EvaluatorScorer(), new ComparisonOptions());
        var set = Assert.Single(report.Sets);
        Assert.Equal(3, set.Coverage.Single(c => c.Run == "partial").MissingQueries);
        var row = Assert.Single(Assert.Single(set.Measures).Rows);
        // Same rankings elsewhere: only the dropped queries differ, each now 0 (a loss unless the baseline scored 0 too).
        Assert.Equal(0, row.Wins);
        Assert.Equal(Evaluator.Mean(Dl19, partial, Measure.Parse("nDCG@10"), includeMissingQueries: true), row.Mean, 12);
        Assert.Contains(report.Warnings, w => w.Contains("partial has no ranking for 3 of 43", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_MeasureBoundToOtherSet_IsSkippedForThisSet()
    {
        var bm25 = Dl19Run("BM25");
        var rm3 = Dl19Run("BM25_RM3");
        var report = RunComparer.Compare(
            [new NamedQrels("a", Dl19), new NamedQrels("b", Dl19)], bm25, [rm3],
            [new MeasureSpec("nDCG@10", "a"), new MeasureSpec("P@10", "b")], new EvaluatorScorer(), new ComparisonOptions());
        Assert.Equal(["nDCG@10"], report.Sets[0].Measures.Select(m => m.Measure));
        Assert.Equal(["P@10"], report.Sets[1].Measures.Select(m => m.Measure));
    }

    [Fact]
    public void Compare_SeededRandomization_SameResultOnAnyThreadCount()
    {
        var bm25 = Dl19Run("BM25");
        var rm3 = Dl19Run("BM25_RM3");
        ComparisonReport Run(int threads) => RunComparer.Compare([new NamedQrels("dl19", Dl19)], bm25, [rm3], [new MeasureSpec("nDCG@10")], new EvaluatorScorer(),
            new ComparisonOptions { Test = new PairedTestOptions { Kind = PairedTestKind.Randomization, Seed = 99, Threads = threads, Resamples = 5000 } });
        var one = Run(1).Sets[0].Measures[0].Rows[0];
        var four = Run(4).Sets[0].Measures[0].Rows[0];
        Assert.Equal(one.Test, four.Test);
    }

    [Fact]
    public void Compare_Dl19_JudgedAtTenIsHighForPooledBm25()
    {
        var report = RunComparer.Compare([new NamedQrels("dl19", Dl19)], Dl19Run("BM25"), [Dl19Run("BM25_RM3")], [new MeasureSpec("nDCG@10")], new EvaluatorScorer(), new ComparisonOptions());
        var coverage = report.Sets[0].Coverage[0];
        Assert.Equal(Evaluator.Mean(Dl19, Dl19Run("BM25").Run, Measure.Parse("Judged@10"), true), coverage.JudgedAtK, 12);
        Assert.True(coverage.JudgedAtK > 0.9, "BM25 was pooled for DL19, so its top 10 is almost all judged");
        Assert.DoesNotContain(report.Warnings, w => w.Contains("Judged@10 below", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SparseQrels_WarnsAboutJudgedAtTen()
    {
        // One judged passage per query, as MS MARCO dev: at most 1 of the top 10 can be judged.
        var sparse = new QrelSet();
        foreach (string q in Dl19.QueryIds)
        {
            var best = Dl19[q].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
            sparse.Add(new Qrel(q, best.Key, 1));
        }

        var report = RunComparer.Compare([new NamedQrels("sparse", sparse)], Dl19Run("BM25"), [Dl19Run("BM25_RM3")], [new MeasureSpec("RR@10")], new EvaluatorScorer(), new ComparisonOptions());
        Assert.True(report.Sets[0].Coverage.All(c => c.JudgedAtK <= 0.1 + 1e-12));
        Assert.Contains(report.Warnings, w => w.StartsWith("sparse: Judged@10 below 0.50", StringComparison.Ordinal));
    }
}
