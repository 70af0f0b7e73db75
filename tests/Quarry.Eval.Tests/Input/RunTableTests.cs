using Quarry.Eval.Input;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.Input;

public sealed class RunTableTests
{
    [Fact]
    public void Load_InterleavedQueriesAndExtraFields_GroupsByQueryAndKeepsLastTag()
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, "2 Q0 a 1 3 first extra\r\n\n10 Q0 b 1 2 mid\n2 Q0 c 2 1 last\n");

        var table = RunTable.Load(run);

        Assert.Equal(["10", "2"], table.QueryIds); // strcmp order, as trec_eval
        Assert.Equal(3, table.DocumentCount);
        Assert.Equal("last", table.RunId);
    }

    [Fact]
    public void Load_GzippedRun_ReadsLikePlain()
    {
        var table = RunTable.Load(SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz"));

        Assert.Equal(43, table.QueryCount);
        Assert.Equal(4300, table.DocumentCount);
        Assert.Equal("rank", table.RunId);
    }

    [Fact]
    public void Load_MsMarcoThreeColumnRun_RanksByRankColumn()
    {
        using var dir = new TempDir();
        string run = dir.File("run.msmarco.tsv");
        File.WriteAllText(run, "q1\tp9\t2\nq1\tp3\t1\nq2\tp3\t1\n");

        var table = RunTable.Load(run);

        Assert.Equal("msmarco", table.RunId);
        Assert.Equal(3, table.DocumentCount);
        var judgments = Judgments.From(Qrels("q1", "p3"));
        var result = Quarry.Eval.TrecEval.TrecEvaluator.Evaluate(judgments, table, Quarry.Eval.TrecEval.MeasureSelection.Parse(["recip_rank"]), new());
        Assert.Equal(1.0, result.Summary[0]);
    }

    [Fact]
    public void Load_MsMarcoRunWithBadRank_NamesLine()
    {
        using var dir = new TempDir();
        string run = dir.File("run.msmarco.tsv");
        File.WriteAllText(run, "q1\tp9\t1\nq1\tp3\tfirst\n");

        var ex = Assert.Throws<Quarry.Data.IO.InputFormatException>(() => RunTable.Load(run));

        Assert.Equal(2, ex.Line);
        Assert.Contains("'first'", ex.Message, StringComparison.Ordinal);
    }

    private static Quarry.Data.Qrels.QrelSet Qrels(string qid, string doc)
    {
        var set = new Quarry.Data.Qrels.QrelSet();
        set.Add(new Quarry.Data.Records.Qrel(qid, doc, 1));
        return set;
    }
}
