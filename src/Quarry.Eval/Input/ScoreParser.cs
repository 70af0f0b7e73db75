using System.Globalization;

namespace Quarry.Eval.Input;

/// <summary>
/// Parses run scores from UTF-8. Plain decimals with at most 15 significant digits (nearly every score in a run) take a
/// fast path: integer digits over a power of ten, both exact doubles, so the one division rounds correctly and the result
/// equals what a full parser gives. Anything else (exponents, long mantissas) goes to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out double)"/>.
/// </summary>
internal static class ScoreParser
{
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParseSimple(text, out value))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryParseSimple(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && (text[i] == (byte)'-' || text[i] == (byte)'+'))
        {
            negative = text[i] == (byte)'-';
            i++;
        }

        long mantissa = 0;
        int digits = 0, fraction = 0;
        bool dot = false, any = false;
        for (; i < text.Length; i++)
        {
            byte b = text[i];
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                any = true;
                if (mantissa != 0 || b != (byte)'0')
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + (b - (byte)'0');
                if (dot)
                {
                    fraction++;
                }

                if (digits > 15 || fraction > 22)
                {
                    return false;
                }
            }
            else if (b == (byte)'.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        if (!any)
        {
            return false;
        }

        double v = fraction == 0 ? mantissa : mantissa / PowersOfTen[fraction];
        value = negative ? -v : v;
        return true;
    }
}
