using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Lexical.Index;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Index.DocStore;
using Quarry.Lexical.Index.Manifest;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class IndexBuildTests
{
    [Fact]
    public void Build_RandomCorpus_PostingsAndLengthsEqualTheTokenCounts()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(11, 1000, 300, 400);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        Assert.Equal(corpus.Count, index.DocumentCount);
        var expected = new Dictionary<string, List<(int, int)>>();
        long total = 0;
        for (int d = 0; d < corpus.Count; d++)
        {
            var words = corpus[d].Text.Split(' ');
            total += words.Length;
            Assert.Equal(words.Length, index.Lengths.Length(d));
            Assert.Equal(corpus[d].Id, index.Ids.GetId(d));
            Assert.True(index.Ids.TryGetDoc(corpus[d].Id, out int back) && back == d);
            foreach (var g in words.GroupBy(w => w))
            {
                if (!expected.TryGetValue(g.Key, out var list))
                {
                    expected[g.Key] = list = [];
                }

                list.Add((d, g.Count()));
            }
        }

        Assert.Equal(total, index.Manifest.TotalTokens);
        Assert.Equal(expected.Count, index.Terms.Count);
        foreach (var (term, postings) in expected)
        {
            Assert.Equal(postings, index.Postings(term).ToList());
        }

        // Walking the dictionary gives every term once, and its entry the same postings.
        int walked = 0;
        foreach (var (term, info) in index.Terms.Enumerate())
        {
            Assert.Equal(expected[term], index.Postings(info).ToList());
            walked++;
        }

        Assert.Equal(expected.Count, walked);
        Assert.Empty(index.Postings("absent"));
    }

    [Fact]
    public void Build_AnyThreadCountOrBatchSize_WritesIdenticalFiles()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(12, 3000, 200, 30);
        TestIndexes.Build(dir.File("a"), corpus, threads: 1, batchSize: 4096).Dispose();
        TestIndexes.Build(dir.File("b"), corpus, threads: 4, batchSize: 7).Dispose();
        foreach (string file in Directory.GetFiles(dir.File("a")).Select(f => Path.GetFileName(f)).Where(f => f != IndexFiles.Manifest))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("a"), file)), File.ReadAllBytes(Path.Combine(dir.File("b"), file)));
        }

        var a = IndexManifest.Load(dir.File("a"));
        var b = IndexManifest.Load(dir.File("b"));
        Assert.Equal(a.Collection.ContentSha256, b.Collection.ContentSha256);
        Assert.Equal(64, a.Collection.ContentSha256.Length);
    }

    [Fact]
    public void Build_InterruptedByAnError_LeavesNothingThatOpens()
    {
        using var dir = new TempDir();
        static IEnumerable<Passage> Failing()
        {
            for (int i = 0; i < 5000; i++)
            {
                yield return new Passage(i.ToString(), "alpha beta");
            }

            throw new InputFormatException("c.tsv", 5001, "expected 'pid<TAB>passage'");
        }

        Assert.Throws<InputFormatException>(() => TestIndexes.Build(dir.File("idx"), Failing()));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
        Assert.Throws<DirectoryNotFoundException>(() => LexicalIndex.Open(dir.File("idx")));
    }

    [Fact]
    public void Build_RepeatedId_ThrowsNamingTheId()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InputFormatException>(() => TestIndexes.Build(dir.File("idx"), [new("x", "a"), new("y", "b"), new("x", "c")]));
        Assert.Contains("id 'x' is repeated (passages 1 and 3", e.Message);
        Assert.False(Directory.Exists(dir.File("idx")));
    }

    [Fact]
    public void Open_DirectoryWithoutManifest_SaysItIsNotAnIndex()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InvalidDataException>(() => LexicalIndex.Open(dir.Path));
        Assert.Contains("not a Quarry index", e.Message);
    }

    [Fact]
    public void Open_IndexOfFormatVersion1_SaysToRebuild()
    {
        using var dir = new TempDir();
        TestIndexes.Build(dir.File("idx"), [new("1", "a b")]).Dispose();
        string manifest = Path.Combine(dir.File("idx"), IndexFiles.Manifest);
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"formatVersion\": *[0-9]+", "\"formatVersion\": 1"));
        var e = Assert.Throws<InvalidDataException>(() => LexicalIndex.Open(dir.File("idx")));
        Assert.Contains("version 1 is older than this Quarry reads (2); rebuild the index", e.Message);
    }

    [Fact]
    public void DocStore_EveryDocument_ReturnsItsExactText()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(13, 100, 50, 40);
        corpus.Add(new Passage("unicode", "naïve café — 日本語 Â© ok"));
        TestIndexes.Build(dir.File("idx"), corpus).Dispose();
        using var store = DocStore.Open(dir.File("idx"));
        for (int d = corpus.Count - 1; d >= 0; d--)
        {
            Assert.True(store.TryGetText(corpus[d].Id, out string text));
            Assert.Equal(corpus[d].Text, text);
            Assert.Equal(corpus[d].Text, store.GetText(d));
        }
    }
}
