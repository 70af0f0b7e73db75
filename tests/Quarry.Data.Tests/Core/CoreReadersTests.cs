using Quarry.Data.IO;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Data.Topics;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Core;

public sealed class CoreReadersTests
{
    [Fact]
    public void QrelsReader_DevSubset_HasAllQueriesAndLines()
    {
        var qrels = QrelsReader.Load(SharedData.Path("msmarco/qrels.msmarco-passage.dev-subset.txt"));
        Assert.Equal(6980, qrels.QueryCount);
        Assert.Equal(7437, qrels.All().Count());
    }

    [Fact]
    public void QrelsReader_Dl20WithZeroIterColumn_ReadsGrades()
    {
        var qrels = QrelsReader.Load(SharedData.Path("dl20/qrels.dl20-passage.txt"));
        Assert.Equal(54, qrels.QueryCount);
        Assert.Equal(646, qrels.All().Count(q => q.Relevance == 3));
    }

    [Fact]
    public void TopicsReader_DevTopicWithLeadingSpace_KeepsText()
    {
        var topics = TopicsReader.Load(SharedData.Path("msmarco/topics.msmarco-passage.dev-subset.txt"));
        Assert.Equal(6980, topics.Count);
        Assert.Contains(topics, q => q.Id == "2" && q.Text == " Androgen receptor define");
    }

    [Fact]
    public void RunReader_GzTrecRun_ReadsAllQueries()
    {
        var run = RunReader.Load(SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz"));
        Assert.Equal(43, run.QueryCount);
        Assert.All(run.QueryIds, q => Assert.Equal(100, run[q].Count));
    }

    [Fact]
    public void RunReader_DuplicateDoc_ThrowsWithFileAndLine()
    {
        using var dir = new TempDir();
        string path = dir.File("dup.run");
        File.WriteAllText(path, "1 Q0 a 1 2.0 t\n1 Q0 b 2 1.0 t\n1 Q0 a 3 0.5 t\n");
        var ex = Assert.Throws<InputFormatException>(() => RunReader.Load(path));
        Assert.StartsWith("dup.run:3:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtomicFileWriter_NotCommitted_LeavesNoFile()
    {
        using var dir = new TempDir();
        string path = dir.File("out.txt");
        using (var writer = new AtomicFileWriter(path))
        {
            writer.Writer.Write("partial");
        }

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
