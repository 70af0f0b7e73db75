namespace Quarry.Eval.TrecEval;

/// <summary>A measure bound to its parameters, the names of its values, and the depth and level it is computed at.</summary>
internal sealed record BoundMeasure(MeasureDef Def, BoundParams Params, string[] Names, int Offset, int? Depth, int? Level);

/// <summary>
/// The measures to compute, chosen as trec_eval's -m chooses them (names, <c>name.params</c>, nicknames such as
/// <c>official</c> and <c>all_trec</c>; parameters of the first -m naming a measure win), plus ir_measures-style names
/// (<c>RR@10</c>, <c>AP(rel=2)</c>), which keep their own depth and level and print under their own name after the others.
/// </summary>
public sealed class MeasureSelection
{
    private MeasureSelection(IReadOnlyList<BoundMeasure> measures)
    {
        Measures = measures;
        ValueCount = measures.Count == 0 ? 0 : measures[^1].Offset + measures[^1].Names.Length;
    }

    internal IReadOnlyList<BoundMeasure> Measures { get; }

    /// <summary>Number of values per query.</summary>
    public int ValueCount { get; }

    /// <summary>The printed names of every value, in output order.</summary>
    public IEnumerable<string> ValueNames => Measures.SelectMany(m => m.Names);

    /// <summary>trec_eval's default: <c>-m official</c>.</summary>
    public static MeasureSelection Official => Parse(["official"]);

    /// <summary>Parses -m arguments; throws a <see cref="FormatException"/> naming an unknown or malformed one.</summary>
    public static MeasureSelection Parse(IReadOnlyList<string> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var marked = new bool[MeasureTable.All.Length];
        var trecParams = new Dictionary<string, string>(StringComparer.Ordinal);
        var extras = new List<Measure>();
        foreach (string spec in specs.Count == 0 ? ["official"] : specs)
        {
            int dot = spec.IndexOf('.', StringComparison.Ordinal);
            string name = dot < 0 ? spec : spec[..dot];
            bool isTrec = MeasureTable.Nicknames.ContainsKey(name) || (MeasureTable.IndexOf(name) >= 0 && !spec.Contains('@', StringComparison.Ordinal));
            if (!isTrec)
            {
                if (MeasureTable.Unsupported.Contains(name))
                {
                    throw new FormatException($"measure '{spec}' needs preference or judgment-group qrels (-R prefs/qrels_jg), which are not supported");
                }

                extras.Add(Measure.Parse(spec));
                continue;
            }

            if (dot >= 0)
            {
                string param = spec[(dot + 1)..];
                if (param.Length == 0)
                {
                    throw new FormatException($"improper measure '{spec}': empty parameter");
                }

                trecParams.TryAdd(name, param);
            }

            if (MeasureTable.Nicknames.TryGetValue(name, out var members))
            {
                foreach (string member in members)
                {
                    marked[MeasureTable.IndexOf(member)] = true;
                }
            }
            else
            {
                marked[MeasureTable.IndexOf(name)] = true;
            }
        }

        var bound = new List<BoundMeasure>();
        int offset = 0;
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i])
            {
                var def = MeasureTable.All[i];
                var p = BoundParams.Parse(def, trecParams.GetValueOrDefault(def.Name));
                var names = p.ValueNames(def);
                bound.Add(new BoundMeasure(def, p, names, offset, null, null));
                offset += names.Length;
            }
        }

        foreach (var m in extras)
        {
            var b = Bind(m, offset);
            bound.Add(b);
            offset += b.Names.Length;
        }

        return new MeasureSelection(bound);
    }

    /// <summary>Selects measure values, one value each, named by their canonical names.</summary>
    public static MeasureSelection Of(IEnumerable<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var bound = new List<BoundMeasure>();
        int offset = 0;
        foreach (var m in measures)
        {
            var b = Bind(m, offset);
            bound.Add(b);
            offset += b.Names.Length;
        }

        return new MeasureSelection(bound);
    }

    private static BoundMeasure Bind(Measure m, int offset)
    {
        var def = MeasureTable.All[MeasureTable.IndexOf(m.TrecName)];
        var p = BoundParams.Parse(def, m.Parameter);
        string[] names = p.ValueNames(def);
        if (names.Length != 1)
        {
            throw new FormatException($"measure '{m}' names {names.Length} values; give one cutoff");
        }

        return new BoundMeasure(def, p, [m.ToString()], offset, m.Depth, m.RelevanceLevel);
    }
}
