using System.IO.Compression;
using System.Text;
using Quarry.Data.Collection;
using Quarry.Data.IO;
using Quarry.Mining.Passages;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Mining.Tests.Passages;

public sealed class CollectionFileStoreTests
{
    [Fact]
    public void TryGet_PlainFileWithCrlfAndNonNumericIds_ReturnsExactTexts()
    {
        using var dir = new TempDir();
        string path = dir.File("c.tsv");
        File.WriteAllText(path, "0\tzero text\r\n\n12\tdouble Â© mojibake\ndoc-x\tnamed\n7\tno newline at end", new UTF8Encoding(false));
        using var store = CollectionFileStore.Open(path);
        Assert.Equal(4, store.Count);
        Assert.True(store.TryGet("0", out var t0));
        Assert.Equal("zero text", t0);
        Assert.True(store.TryGet("12", out var t12));
        Assert.Equal("double Â© mojibake", t12);
        Assert.True(store.TryGet("doc-x", out var tx));
        Assert.Equal("named", tx);
        Assert.True(store.TryGet("7", out var t7));
        Assert.Equal("no newline at end", t7);
        Assert.False(store.TryGet("3", out _));
        Assert.False(store.TryGet("012", out _));
    }

    [Fact]
    public void Open_LineWithoutTab_ErrorNamesLine()
    {
        using var dir = new TempDir();
        string path = dir.File("c.tsv");
        File.WriteAllText(path, "0\tok\nbroken line\n");
        var ex = Assert.Throws<InputFormatException>(() => CollectionFileStore.Open(path));
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void TryGet_RealGzipUnion_MatchesStreamingReader()
    {
        string path = SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz");
        using var store = CollectionFileStore.Open(path);
        int checkedCount = 0;
        foreach (var p in CollectionReader.Read(path))
        {
            if (checkedCount++ % 97 != 0)
            {
                continue;
            }

            Assert.True(store.TryGet(p.Id, out var text));
            Assert.Equal(p.Text, text);
        }

        Assert.Equal(29_925, store.Count);
    }

    [Fact]
    public void Dispose_GzipInput_RemovesSpooledCopy()
    {
        using var dir = new TempDir();
        string path = dir.File("c.tsv.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write("5\tfive\n"u8);
        }

        int before = Directory.GetFiles(Path.GetTempPath(), "quarry-collection-*").Length;
        var store = CollectionFileStore.Open(path);
        Assert.True(store.TryGet("5", out var five));
        Assert.Equal("five", five);
        store.Dispose();
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "quarry-collection-*").Length);
    }
}
