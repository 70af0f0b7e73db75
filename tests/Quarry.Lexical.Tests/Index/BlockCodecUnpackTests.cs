using Quarry.Lexical.Index.Postings;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>Unpacking gives back what packing stored, for every width, count and amount of readable memory after it.</summary>
public sealed class BlockCodecUnpackTests
{
    [Theory]
    [InlineData(128)]
    [InlineData(100)]
    [InlineData(17)]
    [InlineData(16)]
    [InlineData(1)]
    public unsafe void Unpack_EveryWidthAndLimit_GivesBackThePackedValues(int count)
    {
        var random = new Random(count);
        for (int bits = 1; bits <= 32; bits++)
        {
            int[] values = new int[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = (int)((uint)random.NextInt64(0, 1L << bits));
            }

            // Packed data, then the padding readers rely on, then more readable bytes.
            byte[] buffer = new byte[BlockCodec.PackedBytes(count, bits) + 3 + 128];
            int packed = BlockCodec.Pack(values, bits, buffer);
            Array.Clear(buffer, packed, buffer.Length - packed);
            foreach (int readable in new[] { BlockCodec.Padding, 63, buffer.Length - packed })
            {
                int[] output = new int[count];
                fixed (byte* input = buffer)
                fixed (int* o = output)
                {
                    BlockCodec.Unpack(input, count, bits, o, input + packed + readable);
                }

                Assert.True(values.AsSpan().SequenceEqual(output), $"{bits} bits, {count} values, {readable} readable bytes");
            }
        }
    }
}
