using System.Globalization;
using Quarry.Data.Runs;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Rerank;

/// <summary>`quarry rerank` end to end with the tiny random cross-encoder on the real DL19 BM25 candidates.</summary>
public sealed class RerankCliTests
{
    private static string Model => SharedData.Path("models/tiny-random-distilbert-classification-onnx");

    private static string Tokenizer => SharedData.Path("models/tokenizers/bert-base-uncased");

    private static string Bm25Run => SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz");

    private static string[] Args(string passages, string output, params string[] extra) =>
    [
        "rerank", "--model", Model, "--tokenizer", Tokenizer, "--run", Bm25Run, "--topics", SharedData.Path("dl19/topics.dl19-passage.txt"),
        "--passages", passages, "--output", output, "--max-length", "128", .. extra,
    ];

    [Fact]
    public void Rerank_TinyModelOnDl19Bm25_EveryQueryRerankedOverSameCandidates()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run(Args(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"), dir.File("rr.txt"), "--depth", "100", "--batch-size", "64"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("43 queries, 4300 pairs", result.StdErr, StringComparison.Ordinal);

        var bm25 = RunReader.Load(Bm25Run);
        var reranked = RunReader.Load(dir.File("rr.txt"));
        Assert.Equal(43, reranked.QueryCount);
        foreach (string qid in bm25.QueryIds)
        {
            Assert.Equal(bm25[qid].Select(h => h.DocId).Order(StringComparer.Ordinal), reranked[qid].Select(h => h.DocId).Order(StringComparer.Ordinal));
            var scores = reranked[qid].Select(h => h.Score).ToList();
            Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0)); // two logits: softmax probability
            Assert.True(scores.Zip(scores.Skip(1)).All(p => p.First >= p.Second), $"query {qid}: scores must not increase down the ranking");
        }

        string firstLine = File.ReadLines(dir.File("rr.txt")).First();
        Assert.EndsWith("quarry-rerank", firstLine, StringComparison.Ordinal);
        Assert.Equal("1", firstLine.Split(' ')[3]);
    }

    [Fact]
    public void Rerank_Depth10_KeepsBm25TopTen()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run(Args(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"), dir.File("rr.txt"), "--depth", "10", "--format", "msmarco"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = File.ReadAllLines(dir.File("rr.txt"));
        Assert.Equal(430, lines.Length);
        Assert.All(lines, l => Assert.Equal(3, l.Split('\t').Length));
    }

    [Fact]
    public void Rerank_PassageMissingFromCollection_ClearErrorNoOutput()
    {
        using var dir = new TempDir();
        // Only the first 100 passages of the union: most BM25 candidates are missing.
        File.WriteAllLines(dir.File("few.tsv"), File.ReadLines(SharedData.Path("msmarco/samples/splade-toy.collection-head.tsv")));
        var result = CliProcess.Run(Args(dir.File("few.tsv"), dir.File("rr.txt")));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("few.tsv: passage ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("is not in the passages", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("rr.txt")));
    }

    [Fact]
    public void Rerank_ModelFolderWithoutTokenizer_ClearError()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run("rerank", "--model", Model, "--run", Bm25Run, "--topics", SharedData.Path("dl19/topics.dl19-passage.txt"),
            "--passages", SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"), "--output", dir.File("rr.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("model folder has no tokenizer", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rerank_IndexDocStore_SameAsCollectionFile()
    {
        using var dir = new TempDir();
        var bm25 = RunReader.Load(Bm25Run);
        var firstQueries = bm25.QueryIds.Take(3).ToList();
        var needed = firstQueries.SelectMany(q => bm25[q].Select(h => h.DocId)).ToHashSet(StringComparer.Ordinal);
        File.WriteAllLines(dir.File("subset.tsv"), Quarry.Data.IO.TextInput.ReadLines(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"))
            .Select(l => l.Text).Where(l => needed.Contains(l[..l.IndexOf('\t', StringComparison.Ordinal)])));
        File.WriteAllLines(dir.File("run.txt"), firstQueries.SelectMany(q => bm25[q].Select((h, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{q} Q0 {h.DocId} {i + 1} {h.Score} bm25"))));
        var index = CliProcess.Run("index", "--collection", dir.File("subset.tsv"), "--index", dir.File("idx"), "--store-docs");
        Assert.True(index.ExitCode == 0, index.StdErr);

        string[] common = ["rerank", "--model", Model, "--tokenizer", Tokenizer, "--run", dir.File("run.txt"), "--topics", SharedData.Path("dl19/topics.dl19-passage.txt"), "--max-length", "64"];
        var fromIndex = CliProcess.Run([.. common, "--passages", dir.File("idx"), "--output", dir.File("a.txt")]);
        var fromFile = CliProcess.Run([.. common, "--passages", dir.File("subset.tsv"), "--output", dir.File("b.txt")]);
        Assert.True(fromIndex.ExitCode == 0, fromIndex.StdErr);
        Assert.True(fromFile.ExitCode == 0, fromFile.StdErr);
        Assert.Equal(300, File.ReadAllLines(dir.File("a.txt")).Length);
        Assert.Equal(File.ReadAllText(dir.File("b.txt")), File.ReadAllText(dir.File("a.txt")));
    }
}
