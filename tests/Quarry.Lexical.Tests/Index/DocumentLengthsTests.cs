using Quarry.Data.Records;
using Quarry.Lexical.Index;
using Quarry.Lexical.Index.Lengths;
using Quarry.Lexical.Scoring;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class DocumentLengthsTests
{
    [Fact]
    public void Lengths_ShortLongAndAtEveryBucketEdge_AreExact()
    {
        // Every length up to 700 (past the 280 where remainders stop fitting four bits), then a few large ones.
        int[] lengths = [.. Enumerable.Range(1, 700), 5000, 65536, 100000, 3];
        var corpus = lengths.Select((n, i) => new Passage("d" + i, string.Join(' ', Enumerable.Repeat("w", n)))).ToList();
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), corpus, storeDocs: false);
        int exceptions = 0;
        for (int d = 0; d < lengths.Length; d++)
        {
            Assert.Equal(lengths[d], index.Lengths.Length(d));
            Assert.Equal(SmallFloat.IntToByte4(lengths[d]), index.Lengths.Norm(d));
            exceptions += lengths[d] - SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(lengths[d])) >= LengthsWriter.Escape ? 1 : 0;
        }

        // Four bits a document, plus eight bytes for each one whose remainder does not fit.
        Assert.InRange(exceptions, 100, 400);
        long expected = LengthsWriter.PackedBytes(lengths.Length) + (8L * exceptions);
        Assert.Equal(expected, new FileInfo(Path.Combine(dir.File("idx"), IndexFiles.Lengths)).Length);
    }

    [Fact]
    public void Open_LengthsFileOfTheWrongSize_Fails()
    {
        using var dir = new TempDir();
        TestIndexes.Build(dir.File("idx"), [new Passage("a", "x y"), new Passage("b", "z")]).Dispose();
        File.AppendAllText(Path.Combine(dir.File("idx"), IndexFiles.Lengths), "xyz");
        var e = Assert.Throws<InvalidDataException>(() => LexicalIndex.Open(dir.File("idx")));
        Assert.Contains("do not match 2 documents", e.Message);
    }
}
