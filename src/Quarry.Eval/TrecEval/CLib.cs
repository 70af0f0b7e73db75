using System.Globalization;
using System.Numerics;
using System.Text;

namespace Quarry.Eval.TrecEval;

/// <summary>
/// The C library behaviour trec_eval's output depends on: atol/atof prefix parsing of parameters, and printf's
/// fixed-point formatting, which rounds the exact binary value half-to-even (0.03125 prints as 0.0312, where
/// .NET's "F4" would print 0.0313).
/// </summary>
internal static class CLib
{
    /// <summary>C atol: optional whitespace and sign, then digits up to the first non-digit; 0 when there are none.</summary>
    public static long Atol(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start = i;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return long.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) ? v : 0;
    }

    /// <summary>C atof: the longest prefix that is a decimal number; 0 when there is none.</summary>
    public static double Atof(string text)
    {
        string t = text.Trim();
        for (int len = t.Length; len > 0; len--)
        {
            if (double.TryParse(t.AsSpan(0, len), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                return v;
            }
        }

        return 0;
    }

    /// <summary>printf("%.{decimals}f", value) as glibc prints it: exact value, round half to even.</summary>
    public static string FormatFixed(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return double.IsNegative(value) ? "-nan" : "nan";
        }

        if (double.IsInfinity(value))
        {
            return value < 0 ? "-inf" : "inf";
        }

        bool negative = double.IsNegative(value);
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // |value| = mantissa * 2^exponent
        BigInteger scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger q;
        if (exponent >= 0)
        {
            q = scaled << exponent;
        }
        else
        {
            q = scaled >> -exponent;
            BigInteger twiceRemainder = (scaled - (q << -exponent)) << 1;
            BigInteger denominator = BigInteger.One << -exponent;
            int cmp = twiceRemainder.CompareTo(denominator);
            if (cmp > 0 || (cmp == 0 && !q.IsEven))
            {
                q += 1;
            }
        }

        string digits = q.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var sb = new StringBuilder(digits.Length + 2);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits, 0, digits.Length - decimals);
        if (decimals > 0)
        {
            sb.Append('.').Append(digits, digits.Length - decimals, decimals);
        }

        return sb.ToString();
    }
}
