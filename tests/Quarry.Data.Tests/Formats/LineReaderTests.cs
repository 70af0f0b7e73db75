using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Beir;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class LineReaderTests
{
    private static List<string> Lines(byte[] bytes)
    {
        using var reader = new LineReader(new MemoryStream(bytes));
        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    [Fact]
    public void TryReadLine_CrLfBomAndNoFinalNewline_SplitsLikeStreamReader()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "a\tb\r\n\r\nc\nlast"u8];
        Assert.Equal(["a\tb", "", "c", "last"], Lines(bytes));
    }

    [Fact]
    public void TryReadLine_LinesLongerThanTheBuffer_ComeBackWhole()
    {
        string longLine = new('x', 200_000);
        string text = "1\t" + longLine + "\n2\tshort\n3\t" + longLine + "y";
        Assert.Equal(["1\t" + longLine, "2\tshort", "3\t" + longLine + "y"], Lines(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void TryReadLine_ManyBufferBoundaries_MatchesFileReadLines()
    {
        using var dir = new TempDir();
        string path = dir.File("lines.txt");
        var random = new Random(3);
        var expected = Enumerable.Range(0, 5000).Select(i => i + "\t" + new string('a', random.Next(0, 300)) + "\u00E9").ToList();
        File.WriteAllText(path, string.Join("\n", expected) + "\n");
        Assert.Equal(File.ReadLines(path), Lines(File.ReadAllBytes(path)));
    }

    [Fact]
    public void JsonLine_StrictUtf8OnInvalidBytes_ThrowsWithLine()
    {
        using var dir = new TempDir();
        string path = dir.File("corpus.jsonl");
        File.WriteAllBytes(path, [.. "{\"_id\":\"1\",\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8]);
        var ex = Assert.Throws<InputFormatException>(() => BeirCorpusReader.Read(path, new ReadOptions { StrictUtf8 = true }).ToList());
        Assert.StartsWith("corpus.jsonl:1: bytes that are not valid UTF-8 at byte 23", ex.Message, StringComparison.Ordinal);
        Assert.Equal("caf\uFFFD", Assert.Single(BeirCorpusReader.Read(path)).Text);
    }

    [Fact]
    public void JsonLine_TruncatedObject_ReportsBytePosition()
    {
        using var dir = new TempDir();
        string path = dir.File("corpus.jsonl");
        File.WriteAllText(path, "{\"_id\": \"2\", \"text\": \"unterminated}\n");
        var ex = Assert.Throws<InputFormatException>(() => BeirCorpusReader.Read(path).ToList());
        Assert.Matches(@"^corpus\.jsonl:1: bad JSON at byte \d+: [^|]+$", ex.Message);
    }
}
