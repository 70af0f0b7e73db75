using System.Globalization;

namespace Quarry.Eval.TrecEval;

/// <summary>A measure's parsed parameters, read as trec_eval reads them (atol/atof, cutoffs sorted ascending).</summary>
internal sealed class BoundParams
{
    public long[] Cutoffs { get; private init; } = [];

    public double[] FloatCutoffs { get; private init; } = [];

    public double[] Floats { get; private init; } = [];

    public (long Level, double Gain)[] Pairs { get; private init; } = [];

    /// <summary>The parameter text as given, appended to the value name; null for the defaults.</summary>
    public string? Printable { get; private init; }

    public static BoundParams Parse(MeasureDef def, string? given)
    {
        string? text = given ?? def.DefaultParams;
        string? printable = given;
        switch (def.Params)
        {
            case ParamKind.None:
                return new BoundParams();
            case ParamKind.LongCutoffs:
                {
                    var cutoffs = text!.Split(',').Select(CLib.Atol).ToArray();
                    Array.Sort(cutoffs);
                    if (cutoffs[0] <= 0)
                    {
                        throw new FormatException($"measure '{def.Name}': cutoffs must be positive, found '{text}'");
                    }

                    CheckUnique(def, cutoffs);
                    return new BoundParams { Cutoffs = cutoffs, Printable = printable };
                }

            case ParamKind.FloatCutoffs:
                {
                    var cutoffs = text!.Split(',').Select(CLib.Atof).ToArray();
                    Array.Sort(cutoffs);
                    CheckUnique(def, cutoffs);
                    return new BoundParams { FloatCutoffs = cutoffs, Printable = printable };
                }

            case ParamKind.FloatParams:
                return new BoundParams { Floats = text!.Split(',').Select(CLib.Atof).ToArray(), Printable = printable };
            default:
                if (text is null)
                {
                    return new BoundParams();
                }

                var pairs = new List<(long, double)>();
                foreach (string pair in text.Split(','))
                {
                    int eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq < 0)
                    {
                        throw new FormatException($"measure '{def.Name}': malformed pair parameters in '{text}' (expected level=gain,...)");
                    }

                    pairs.Add((CLib.Atol(pair[..eq]), CLib.Atof(pair[(eq + 1)..])));
                }

                return new BoundParams { Pairs = [.. pairs], Printable = printable };
        }
    }

    /// <summary>The names trec_eval gives this measure's values.</summary>
    public string[] ValueNames(MeasureDef def) => def.Params switch
    {
        ParamKind.LongCutoffs => [.. Cutoffs.Select(c => def.Name + "_" + c.ToString(CultureInfo.InvariantCulture))],
        ParamKind.FloatCutoffs => [.. FloatCutoffs.Select(c => def.Name + "_" + CLib.FormatFixed(c, 2))],
        _ => [Printable is null ? def.Name : def.Name + "_" + Printable],
    };

    private static void CheckUnique<T>(MeasureDef def, T[] sorted)
        where T : IEquatable<T>
    {
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Equals(sorted[i - 1]))
            {
                throw new FormatException($"measure '{def.Name}': duplicate cutoffs");
            }
        }
    }
}
