using System.Numerics.Tensors;

namespace Quarry.Neural.Vectors;

/// <summary>
/// Symmetric per-vector int8 quantisation: scale = max|x| / 127, q = round(x / scale), x ≈ q * scale.
/// The error of each component is at most scale / 2.
/// </summary>
public static class Int8Quantizer
{
    /// <summary>Quantises <paramref name="source"/> into <paramref name="destination"/> and returns the scale.</summary>
    public static float Quantize(ReadOnlySpan<float> source, Span<sbyte> destination)
    {
        float maxAbs = TensorPrimitives.MaxMagnitude(source);
        maxAbs = Math.Abs(maxAbs);
        if (!(maxAbs > 0f) || !float.IsFinite(maxAbs))
        {
            destination[..source.Length].Clear();
            return float.IsFinite(maxAbs) ? 0f : throw new ArgumentException("vector has a non-finite component", nameof(source));
        }

        float scale = maxAbs / 127f;
        float inverse = 127f / maxAbs;
        for (int i = 0; i < source.Length; i++)
        {
            float q = MathF.Round(source[i] * inverse);
            destination[i] = (sbyte)Math.Clamp(q, -127f, 127f);
        }

        return scale;
    }

    /// <summary>Writes q * scale into <paramref name="destination"/>.</summary>
    public static void Dequantize(ReadOnlySpan<sbyte> source, float scale, Span<float> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = source[i] * scale;
        }
    }
}
