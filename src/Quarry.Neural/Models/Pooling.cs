using System.Numerics.Tensors;

namespace Quarry.Neural.Models;

/// <summary>Pooling of a [sequence, dim] block of token embeddings into one vector, honouring the attention mask.</summary>
public static class Pooling
{
    /// <summary>
    /// Pools the first <paramref name="length"/> rows of <paramref name="tokens"/> (row-major, <paramref name="dim"/> wide;
    /// the rows after them are padding) into <paramref name="destination"/>.
    /// </summary>
    public static void Pool(PoolingMode mode, ReadOnlySpan<float> tokens, int dim, int length, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var output = destination[..dim];
        switch (mode)
        {
            case PoolingMode.Cls:
                tokens[..dim].CopyTo(output);
                break;
            case PoolingMode.Mean:
                tokens[..dim].CopyTo(output);
                for (int t = 1; t < length; t++)
                {
                    TensorPrimitives.Add(output, tokens.Slice(t * dim, dim), output);
                }

                TensorPrimitives.Divide(output, length, output);
                break;
            case PoolingMode.Max:
                tokens[..dim].CopyTo(output);
                for (int t = 1; t < length; t++)
                {
                    TensorPrimitives.Max(output, tokens.Slice(t * dim, dim), output);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown pooling mode");
        }
    }

    /// <summary>Scales <paramref name="vector"/> to unit L2 norm (a zero vector stays zero).</summary>
    public static void Normalize(Span<float> vector)
    {
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
