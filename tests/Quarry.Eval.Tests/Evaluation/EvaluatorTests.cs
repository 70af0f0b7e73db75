using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Eval.TrecEval;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void PerQuery_Dl19Bm25NdcgAt10WithMissing_MatchesTrecEvalPerQueryReference()
    {
        var qrels = QrelsReader.Load(SharedData.Path("dl19/qrels.dl19-passage.txt"));
        var run = RunReader.Load(SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz"));
        var expected = ReferenceValues("dl19/runs/trec_eval-reference.dl19.BM25.per-query.txt", "ndcg_cut_10");

        var values = Evaluator.PerQuery(qrels, run, Measure.Parse("nDCG@10"), includeMissingQueries: true);

        Assert.Equal(expected.Count, values.Count);
        foreach (var (qid, value) in expected)
        {
            Assert.Equal(value, CLib.FormatFixed(values[qid], 4));
        }
    }

    [Fact]
    public void Mean_RrAt10OnDl20_MatchesTrecEvalMinusM10()
    {
        var qrels = QrelsReader.Load(SharedData.Path("dl20/qrels.dl20-passage.txt"));
        var run = RunReader.Load(SharedData.Path("dl20/runs/rank_llm.BM25.trec_results_dl20.top100.txt.gz"));
        string reference = File.ReadLines(SharedData.Path("dl20/runs/trec_eval-v9.0.8-reference.dl20.txt"))
            .SkipWhile(l => !(l.Contains("run=rank_llm.BM25.trec_results_dl20.top100 ", StringComparison.Ordinal) && l.Contains("-M 10", StringComparison.Ordinal)))
            .Skip(1).First();

        double mean = Evaluator.Mean(qrels, run, Measure.Parse("RR@10"), includeMissingQueries: true);

        Assert.Equal(reference.Split('\t')[2], CLib.FormatFixed(mean, 4));
    }

    [Fact]
    public void PerQuery_EqualScores_BreaksTiesByDocnoDescendingAndIgnoresRankColumn()
    {
        var qrels = new QrelSet();
        qrels.Add(new Qrel("q", "a", 1));
        var run = new Run();
        run.Add("q", new ScoredDoc("a", 1.0));
        run.Add("q", new ScoredDoc("b", 1.0)); // same score: "b" > "a", so b ranks first

        var rr = Evaluator.PerQuery(qrels, run, Measure.Parse("RR"), includeMissingQueries: false);

        Assert.Equal(0.5, rr["q"]);
    }

    [Fact]
    public void PerQuery_WithoutMissing_LeavesOutQrelsQueriesAbsentFromRun()
    {
        var qrels = new QrelSet();
        qrels.Add(new Qrel("q1", "a", 1));
        qrels.Add(new Qrel("q2", "b", 1));
        var run = new Run();
        run.Add("q1", new ScoredDoc("x", 2.0));
        run.Add("q1", new ScoredDoc("a", 1.0));
        run.Add("q3", new ScoredDoc("a", 1.0)); // not judged: ignored

        var without = Evaluator.PerQuery(qrels, run, Measure.Parse("AP"), includeMissingQueries: false);
        var with = Evaluator.PerQuery(qrels, run, Measure.Parse("AP"), includeMissingQueries: true);

        Assert.Equal(["q1"], without.Keys);
        Assert.Equal(0.5, without["q1"]);
        Assert.Equal(0.0, with["q2"]);
        Assert.Equal(2, with.Count);
    }

    [Fact]
    public void PerQuery_RelLevel2_CountsOnlyGrade2AndAbove()
    {
        var qrels = new QrelSet();
        qrels.Add(new Qrel("q", "a", 1));
        qrels.Add(new Qrel("q", "b", 2));
        var run = new Run();
        run.Add("q", new ScoredDoc("a", 2.0));
        run.Add("q", new ScoredDoc("b", 1.0));

        Assert.Equal(1.0, Evaluator.PerQuery(qrels, run, Measure.Parse("RR"), false)["q"]);
        Assert.Equal(0.5, Evaluator.PerQuery(qrels, run, Measure.Parse("RR(rel=2)"), false)["q"]);
    }

    [Fact]
    public void PerQuery_JudgedAt10_CountsJudgedDocumentsOverK()
    {
        var qrels = new QrelSet();
        qrels.Add(new Qrel("q", "a", 0));
        qrels.Add(new Qrel("q", "b", 1));
        var run = new Run();
        foreach (var (doc, score) in new[] { ("a", 5.0), ("x", 4.0), ("b", 3.0), ("y", 2.0) })
        {
            run.Add("q", new ScoredDoc(doc, score));
        }

        Assert.Equal(0.2, Evaluator.PerQuery(qrels, run, Measure.Parse("Judged@10"), false)["q"], 12);
        Assert.Equal(0.5, Evaluator.PerQuery(qrels, run, Measure.Parse("Judged@2"), false)["q"], 12);
    }

    private static List<(string Qid, string Value)> ReferenceValues(string path, string measure) =>
        [.. File.ReadLines(SharedData.Path(path))
            .Select(l => l.Split('\t'))
            .Where(f => f[0].TrimEnd() == measure && f[1] != "all")
            .Select(f => (f[1], f[2]))];
}
