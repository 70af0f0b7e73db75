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
}
