using Quarry.Lexical.Index.Postings;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>The write pass's block encoding against plain statements of the format: bit order and the width cost model.</summary>
public sealed class BuildWriteCodecTests
{
    private static int[] Block(Random random, int n)
    {
        int kind = random.Next(5);
        int narrow = random.Next(0, 12);
        return [.. Enumerable.Range(0, n).Select(_ => kind switch
        {
            0 => random.Next(1 << narrow),
            1 => random.Next(10) == 0 ? random.Next(1 << random.Next(12, 31)) : random.Next(1 << narrow),
            2 => random.Next(int.MaxValue),
            3 => 1 << random.Next(31),
            _ => random.Next(3) == 0 ? 0 : random.Next(1 << random.Next(0, 31)),
        })];
    }

    /// <summary>The cost model as docs/index-format.md states it, tried at every width: packed bytes, plus for exceptions a count byte and per value a position byte and a varint of the bits above the width.</summary>
    private static int ReferenceWidth(int[] values, out bool exceptions)
    {
        int max = values.Length == 0 ? 0 : values.Max(v => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)v));
        int best = max;
        int bestCost = ((values.Length * max) + 7) / 8;
        for (int w = max - 1; w >= 0; w--)
        {
            int cost = (((values.Length * w) + 7) / 8) + 1;
            foreach (int v in values)
            {
                uint high = (uint)v >> w;
                if (high != 0)
                {
                    int varint = 1;
                    while (high >= 0x80)
                    {
                        high >>= 7;
                        varint++;
                    }

                    cost += 1 + varint;
                }
            }

            if (cost < bestCost)
            {
                best = w;
                bestCost = cost;
            }
        }

        exceptions = best < max;
        return best;
    }

    [Fact]
    public void ChooseWidth_RandomBlocksOfEveryLength_AgreesWithTheCostModelAtEveryWidth()
    {
        var random = new Random(21);
        for (int i = 0; i < 4000; i++)
        {
            int[] values = Block(random, random.Next(1, 129));
            int expected = ReferenceWidth(values, out bool expectedExceptions);
            Assert.Equal(expected, BlockFormat.ChooseWidth(values, out bool exceptions));
            Assert.Equal(expectedExceptions, exceptions);
        }
    }

    [Fact]
    public void Pack_RandomValuesAtEveryWidth_LaysBitsOutLowFirstAndStopsAtThePackedBytes()
    {
        var random = new Random(22);
        for (int bits = 0; bits <= 32; bits++)
        {
            int n = random.Next(1, 129);
            int[] values = [.. Enumerable.Range(0, n).Select(_ => (int)(uint)random.NextInt64(1L << 32))];

            // Bit by bit: value i's bit j is stream bit i * bits + j, and stream bit k is bit k % 8 of byte k / 8.
            byte[] expected = new byte[BlockCodec.PackedBytes(n, bits)];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < bits; j++)
                {
                    if ((((uint)values[i] >> j) & 1) != 0)
                    {
                        int k = (i * bits) + j;
                        expected[k / 8] |= (byte)(1 << (k % 8));
                    }
                }
            }

            byte[] output = new byte[expected.Length + 4];
            Array.Fill(output, (byte)0xAA);
            Assert.Equal(expected.Length, BlockCodec.Pack(values, bits, output));
            Assert.Equal(expected, output.AsSpan(0, expected.Length).ToArray());
        }
    }

    [Fact]
    public void CountWiderThan_EveryWidth_CountsValuesAboveIt()
    {
        var random = new Random(23);
        int[] values = Block(random, 77);
        for (int bits = 0; bits <= 32; bits++)
        {
            int expected = values.Count(v => bits < 32 && ((uint)v >> bits) != 0);
            Assert.Equal(expected, BlockCodec.CountWiderThan(values, bits));
        }

        Assert.Equal(31, BlockCodec.BitsFor([.. values, int.MaxValue]));
    }
}
