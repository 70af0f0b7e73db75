using Quarry.Lexical.Index.Postings;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class BlockFormatTests
{
    private static int[] Values(Random random, int n, int kind) => kind switch
    {
        0 => new int[n],
        1 => [.. Enumerable.Range(0, n).Select(_ => random.Next(1, 4))],
        // A narrow block with a few very wide outliers: the case exceptions are for.
        2 => [.. Enumerable.Range(0, n).Select(_ => random.Next(8) == 0 ? random.Next(1 << 20, int.MaxValue) : random.Next(16))],
        3 => [.. Enumerable.Range(0, n).Select(_ => random.Next())],
        _ => [.. Enumerable.Range(0, n).Select(i => i == n / 2 ? int.MaxValue : 1)],
    };

    [Fact]
    public unsafe void WriteThenRead_ManyBlocksBackToBack_GivesBackEveryValue()
    {
        var random = new Random(3);
        var blocks = new List<(int[] Gaps, int[] Tfs)>();
        for (int i = 0; i < 500; i++)
        {
            int n = i % 3 == 0 ? 128 : random.Next(1, 129);
            blocks.Add((Values(random, n, random.Next(5)), Values(random, n, random.Next(5))));
        }

        var output = new ByteBuffer(16);
        foreach (var (gaps, tfs) in blocks)
        {
            BlockFormat.Write(output, gaps, tfs);
        }

        output.WriteBytes(new byte[BlockCodec.Padding]);
        byte[] bytes = output.Written.ToArray();
        int* gapsOut = stackalloc int[128];
        int* tfsOut = stackalloc int[128];
        fixed (byte* start = bytes)
        {
            byte* p = start;
            foreach (var (gaps, tfs) in blocks)
            {
                p = BlockFormat.Read(p, gaps.Length, gapsOut, tfsOut);
                Assert.Equal(gaps, new Span<int>(gapsOut, gaps.Length).ToArray());
                Assert.Equal(tfs, new Span<int>(tfsOut, tfs.Length).ToArray());
            }

            Assert.Equal(bytes.Length - BlockCodec.Padding, (int)(p - start));
        }
    }

    [Fact]
    public void ChooseWidth_OneOutlierAmongSmallValues_KeepsTheSmallWidth()
    {
        int[] values = [.. Enumerable.Repeat(3, 127), 1_000_000];
        Assert.Equal(2, BlockFormat.ChooseWidth(values, out bool exceptions));
        Assert.True(exceptions);
        Assert.Equal(20, BlockFormat.ChooseWidth([.. Enumerable.Repeat(1_000_000, 128)], out exceptions));
        Assert.False(exceptions);
        Assert.Equal(0, BlockFormat.ChooseWidth(new int[128], out exceptions));
        Assert.False(exceptions);
    }
}
