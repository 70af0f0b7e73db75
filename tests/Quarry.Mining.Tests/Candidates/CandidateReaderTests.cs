using Quarry.Data.IO;
using Quarry.Mining.Candidates;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Mining.Tests.Candidates;

public sealed class CandidateReaderTests
{
    [Fact]
    public void Read_TrecRun_GroupsByQueryAndSortsByScoreStably()
    {
        using var dir = new TempDir();
        string path = dir.File("run.txt");
        File.WriteAllText(path, "q1 Q0 a 1 5.0 t\nq1 Q0 b 2 7.0 t\nq1 Q0 c 3 5.0 t\nq2 Q0 d 1 1.0 t\n");
        var lists = CandidateReader.Read(path).ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(["b", "a", "c"], lists[0].DocIds);
        Assert.Equal(0, lists[0].Ordinal);
        Assert.Equal("q2", lists[1].QueryId);
        Assert.Equal(1, lists[1].Ordinal);
    }

    [Fact]
    public void Read_MsMarcoRun_OrdersByRank()
    {
        using var dir = new TempDir();
        string path = dir.File("run.tsv");
        File.WriteAllText(path, "7\t30\t2\n7\t10\t1\n7\t20\t3\n");
        Assert.Equal(["10", "30", "20"], CandidateReader.Read(path).Single().DocIds);
    }

    [Fact]
    public void Read_RepeatedDoc_KeptOnceAndCounted()
    {
        using var dir = new TempDir();
        string path = dir.File("run.txt");
        File.WriteAllText(path, "q Q0 a 1 3 t\nq Q0 a 2 2 t\nq Q0 b 3 1 t\n");
        var list = CandidateReader.Read(path).Single();
        Assert.Equal(["a", "b"], list.DocIds);
        Assert.Equal(1, list.RepeatedDocs);
    }

    [Fact]
    public void Read_QueryComesBack_ErrorNamesLine()
    {
        using var dir = new TempDir();
        string path = dir.File("run.txt");
        File.WriteAllText(path, "q1 Q0 a 1 3 t\nq2 Q0 b 1 3 t\nq1 Q0 c 2 2 t\n");
        var ex = Assert.Throws<InputFormatException>(() => CandidateReader.Read(path).ToList());
        Assert.Equal(3, ex.Line);
        Assert.Contains("q1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongColumnCount_ErrorNamesLine()
    {
        using var dir = new TempDir();
        string path = dir.File("run.txt");
        File.WriteAllText(path, "q1 Q0 a 1 3 t\nq1 a\n");
        var ex = Assert.Throws<InputFormatException>(() => CandidateReader.Read(path).ToList());
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void CountQueries_RealDl20Run_CountsItsQueryBlocks()
    {
        Assert.Equal(54, CandidateReader.CountQueries(SharedData.Path("dl20/runs/rank_llm.BM25.trec_results_dl20.top100.txt.gz")));
    }
}
