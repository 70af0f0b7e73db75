using Quarry.Data.Records;
using Quarry.Lexical.Index;
using Quarry.Lexical.Index.DocIds;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class DocIdMapTests
{
    private static List<Passage> Numbered(int count, Func<int, string> id) =>
        [.. Enumerable.Range(0, count).Select(i => new Passage(id(i), "alpha beta " + (i % 7)))];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(12345)]
    public void DecimalOrder_AnyCount_EqualsTheOrdinalSortOfTheStrings(int count)
    {
        var ranks = new int[count];
        DecimalOrder.Ranks(ranks);
        var sorted = Enumerable.Range(0, count).OrderBy(i => i.ToString(), StringComparer.Ordinal).ToArray();
        for (int r = 0; r < count; r++)
        {
            Assert.Equal(r, ranks[sorted[r]]);
        }
    }

    [Fact]
    public void Build_DecimalIdsInOrder_StoresNoIdFilesAndMapsBothWays()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Numbered(1234, i => i.ToString()));
        Assert.True(index.Ids.IsDecimal);
        Assert.True(File.Exists(Path.Combine(dir.File("idx"), IndexFiles.IdDecimal)));
        Assert.False(File.Exists(Path.Combine(dir.File("idx"), IndexFiles.IdBytes)));
        Assert.False(File.Exists(Path.Combine(dir.File("idx"), IndexFiles.IdOffsets)));
        var sorted = Enumerable.Range(0, 1234).OrderBy(i => i.ToString(), StringComparer.Ordinal).ToArray();
        for (int d = 0; d < 1234; d++)
        {
            Assert.Equal(d.ToString(), index.Ids.GetId(d));
            Assert.True(index.Ids.TryGetDoc(d.ToString(), out int back) && back == d);
            Assert.Equal(d, sorted[index.Ids.Rank(d)]);
        }

        foreach (string bad in new[] { "", "1234", "01", "+1", "-1", " 1", "1 ", "1.0", "99999999999", "x" })
        {
            Assert.False(index.Ids.TryGetDoc(bad, out _), bad);
        }
    }

    [Fact]
    public void DocStore_DecimalIds_FindsTextsById()
    {
        using var dir = new TempDir();
        var corpus = Numbered(40, i => i.ToString());
        TestIndexes.Build(dir.File("idx"), corpus).Dispose();
        using var store = Lexical.Index.DocStore.DocStore.Open(dir.File("idx"));
        Assert.True(store.TryGetText("17", out string text));
        Assert.Equal(corpus[17].Text, text);
        Assert.False(store.TryGetText("40", out _));
    }

    [Fact]
    public void Open_IdFilesMissing_FailsNamingTheFile()
    {
        using var dir = new TempDir();
        TestIndexes.Build(dir.File("idx"), Numbered(5, i => "x" + i)).Dispose();
        File.Delete(Path.Combine(dir.File("idx"), IndexFiles.IdOffsets));
        var e = Assert.Throws<InvalidDataException>(() => LexicalIndex.Open(dir.File("idx")));
        Assert.Contains(IndexFiles.IdOffsets + ": index file missing", e.Message);
    }

    [Theory]
    [InlineData("shifted")]
    [InlineData("padded")]
    [InlineData("text")]
    public void Build_OtherIds_KeepsTheIdFilesWithNarrowOffsets(string kind)
    {
        Func<int, string> id = kind switch
        {
            "shifted" => i => (i + 1).ToString(),
            "padded" => i => i.ToString("D4"),
            _ => i => "doc-" + (i * 7919 % 1000),
        };
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Numbered(1000, id));
        Assert.False(index.Ids.IsDecimal);
        Assert.Equal(1001L * 4, new FileInfo(Path.Combine(dir.File("idx"), IndexFiles.IdOffsets)).Length);
        var sorted = Enumerable.Range(0, 1000).OrderBy(id, StringComparer.Ordinal).ToArray();
        for (int d = 0; d < 1000; d++)
        {
            Assert.Equal(id(d), index.Ids.GetId(d));
            Assert.True(index.Ids.TryGetDoc(id(d), out int back) && back == d);
            Assert.Equal(d, sorted[index.Ids.Rank(d)]);
        }

        Assert.False(index.Ids.TryGetDoc("absent", out _));
    }
}
