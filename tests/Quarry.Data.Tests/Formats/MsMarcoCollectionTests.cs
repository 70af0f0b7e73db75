using System.Text;
using Quarry.Data.Collection;
using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class MsMarcoCollectionTests
{
    private static readonly string Head = SharedData.Path("msmarco/samples/splade-toy.collection-head.tsv");

    [Fact]
    public void CollectionReader_OfficialHead_ReadsEveryPassage()
    {
        var passages = CollectionReader.Read(Head).ToList();
        Assert.Equal(89, passages.Count);
        Assert.Equal("0", passages[0].Id);
        Assert.StartsWith("The presence of communication amid scientific minds", passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionReader_DefaultOptions_KeepsTheBytesOfEveryLine()
    {
        var lines = File.ReadAllBytes(Head).AsSpan();
        var expected = new List<byte[]>();
        foreach (var range in lines.Split((byte)'\n'))
        {
            if (!lines[range].IsEmpty)
            {
                expected.Add(lines[range].ToArray());
            }
        }

        var actual = CollectionReader.Read(Head).Select(p => Encoding.UTF8.GetBytes(p.Id + "\t" + p.Text)).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void CollectionReader_UnionGz_ReadsAllPassagesSortedByPid()
    {
        var passages = CollectionReader.Read(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz")).ToList();
        Assert.Equal(29925, passages.Count);
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        Assert.True(passages.Zip(passages.Skip(1)).All(pair => long.Parse(pair.First.Id) < long.Parse(pair.Second.Id)));
    }

    [Fact]
    public void CollectionReader_LineWithoutTab_ThrowsWithFileAndLine()
    {
        using var dir = new TempDir();
        string path = dir.File("collection.tsv");
        File.WriteAllText(path, "0\tfirst\n1 second\n");
        var ex = Assert.Throws<InputFormatException>(() => CollectionReader.Read(path).ToList());
        Assert.Equal("collection.tsv:2: expected 'pid<TAB>passage', found no tab", ex.Message);
    }

    [Fact]
    public void CollectionReader_EmptyFile_Throws()
    {
        using var dir = new TempDir();
        string path = dir.File("empty.tsv");
        File.WriteAllText(path, "\n\n");
        var ex = Assert.Throws<InputFormatException>(() => CollectionReader.Read(path).ToList());
        Assert.StartsWith("empty.tsv: the file is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionReader_StrictUtf8OnInvalidBytes_ThrowsWithLine()
    {
        using var dir = new TempDir();
        string path = dir.File("latin1.tsv");
        File.WriteAllBytes(path, [.. "0\tok\n1\tcaf"u8, 0xE9, .. "\n"u8]);
        var ex = Assert.Throws<InputFormatException>(() => CollectionReader.Read(path, new ReadOptions { StrictUtf8 = true }).ToList());
        Assert.StartsWith("latin1.tsv:2: bytes that are not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionReader_LenientUtf8OnInvalidBytes_ReplacesThem()
    {
        using var dir = new TempDir();
        string path = dir.File("latin1.tsv");
        File.WriteAllBytes(path, [.. "1\tcaf"u8, 0xE9, .. "\r\n"u8]);
        Assert.Equal("caf\uFFFD", Assert.Single(CollectionReader.Read(path)).Text);
    }

    [Fact]
    public void CollectionWriter_GzRoundTrip_ReadsBackTheSamePassages()
    {
        using var dir = new TempDir();
        string path = dir.File("out.tsv.gz");
        var passages = CollectionReader.Read(Head).ToList();
        Assert.Equal(89, CollectionWriter.Write(path, passages));
        Assert.Equal(passages, CollectionReader.Read(path).ToList());
    }

    [Fact]
    public void CollectionWriter_TextWithTab_FailsAndLeavesNoFile()
    {
        using var dir = new TempDir();
        string path = dir.File("out.tsv");
        var ex = Assert.Throws<InvalidDataException>(() => CollectionWriter.Write(path, [new Passage("1", "ok"), new Passage("2", "a\tb")]));
        Assert.Contains("'2'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
