using System.Globalization;
using System.Text.RegularExpressions;

namespace Quarry.Eval;

/// <summary>How a trec_eval measure takes its parameters (trec_eval's meas_init kinds).</summary>
internal enum ParamKind
{
    /// <summary>No parameter.</summary>
    None,

    /// <summary>Integer cutoffs, one value each (P, recall, ndcg_cut, ...).</summary>
    LongCutoffs,

    /// <summary>Fractional cutoffs, one value each (iprec_at_recall, Rprec_mult).</summary>
    FloatCutoffs,

    /// <summary>A list of numbers configuring one value (utility, 11pt_avg, set_F, relstring).</summary>
    FloatParams,

    /// <summary>level=gain pairs configuring one value (ndcg, ndcg_rel, Rndcg, G).</summary>
    Pairs,
}

/// <summary>The names <see cref="Measure.Parse"/> accepts, in both syntaxes, and the canonical spelling.</summary>
internal static partial class MeasureNames
{
    private static readonly Dictionary<string, ParamKind> TrecKinds = new(StringComparer.Ordinal)
    {
        ["runid"] = ParamKind.None, ["num_q"] = ParamKind.None, ["num_ret"] = ParamKind.None, ["num_rel"] = ParamKind.None,
        ["num_rel_ret"] = ParamKind.None, ["map"] = ParamKind.None, ["gm_map"] = ParamKind.None, ["Rprec"] = ParamKind.None,
        ["bpref"] = ParamKind.None, ["recip_rank"] = ParamKind.None, ["iprec_at_recall"] = ParamKind.FloatCutoffs,
        ["P"] = ParamKind.LongCutoffs, ["relstring"] = ParamKind.FloatParams, ["recall"] = ParamKind.LongCutoffs,
        ["infAP"] = ParamKind.None, ["gm_bpref"] = ParamKind.None, ["Rprec_mult"] = ParamKind.FloatCutoffs,
        ["utility"] = ParamKind.FloatParams, ["11pt_avg"] = ParamKind.FloatParams, ["binG"] = ParamKind.None,
        ["G"] = ParamKind.Pairs, ["ndcg"] = ParamKind.Pairs, ["ndcg_rel"] = ParamKind.Pairs, ["Rndcg"] = ParamKind.Pairs,
        ["ndcg_cut"] = ParamKind.LongCutoffs, ["map_cut"] = ParamKind.LongCutoffs, ["relative_P"] = ParamKind.LongCutoffs,
        ["success"] = ParamKind.LongCutoffs, ["set_P"] = ParamKind.None, ["set_relative_P"] = ParamKind.None,
        ["set_recall"] = ParamKind.None, ["set_map"] = ParamKind.None, ["set_F"] = ParamKind.FloatParams,
        ["num_nonrel_judged_ret"] = ParamKind.None, ["judged"] = ParamKind.LongCutoffs,
    };

    // ir_measures name -> (trec name without cutoff, trec name with a cutoff); null where that form does not exist.
    private static readonly Dictionary<string, (string? Plain, string? Cut)> IrNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RR"] = ("recip_rank", "recip_rank"), ["MRR"] = ("recip_rank", "recip_rank"),
        ["nDCG"] = ("ndcg", "ndcg_cut"), ["NDCG"] = ("ndcg", "ndcg_cut"),
        ["AP"] = ("map", "map_cut"), ["MAP"] = ("map", "map_cut"),
        ["R"] = (null, "recall"), ["Recall"] = (null, "recall"),
        ["P"] = (null, "P"), ["Precision"] = (null, "P"),
        ["Success"] = (null, "success"), ["Judged"] = (null, "judged"),
        ["Rprec"] = ("Rprec", null), ["R-prec"] = ("Rprec", null), ["Bpref"] = ("bpref", null), ["infAP"] = ("infAP", null),
        ["NumQ"] = ("num_q", null), ["NumRet"] = ("num_ret", null), ["NumRel"] = ("num_rel", null), ["NumRelRet"] = ("num_rel_ret", null),
        ["SetP"] = ("set_P", null), ["SetR"] = ("set_recall", null), ["SetF"] = ("set_F", null), ["SetAP"] = ("set_map", null),
        ["IPrec"] = (null, "iprec_at_recall"),
    };

    public const string AcceptedSummary =
        "accepted: ir_measures names RR, RR@10, nDCG, nDCG@10, AP, AP@k, AP(rel=2), R@1000, P@10, Success@k, Judged@10, Rprec, Bpref, infAP, " +
        "NumQ, NumRet, NumRel, NumRelRet, SetP, SetR, SetF, IPrec@x (any with (rel=N)); or trec_eval names " +
        "runid, num_q, num_ret, num_rel, num_rel_ret, map, gm_map, Rprec, bpref, recip_rank, iprec_at_recall.x, P.k, relstring, " +
        "recall.k, infAP, gm_bpref, Rprec_mult.x, utility, 11pt_avg, binG, G, ndcg, ndcg_rel, Rndcg, ndcg_cut.k, map_cut.k, " +
        "relative_P.k, success.k, set_P, set_relative_P, set_recall, set_map, set_F, num_nonrel_judged_ret, judged.k";

    public static bool IsTrecName(string name) => TrecKinds.ContainsKey(name);

    public static ParamKind KindOf(string trecName) => TrecKinds[trecName];

    public static Measure Parse(string text)
    {
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        string head = dot < 0 ? text : text[..dot];
        if (TrecKinds.ContainsKey(head) && !text.Contains('@', StringComparison.Ordinal) && !text.Contains('(', StringComparison.Ordinal))
        {
            string? param = dot < 0 ? null : text[(dot + 1)..];
            if (param is not null && param.Contains(',', StringComparison.Ordinal) && KindOf(head) is ParamKind.LongCutoffs or ParamKind.FloatCutoffs)
            {
                throw new FormatException($"'{text}' names several values; a measure takes one cutoff (e.g. {head}.{param.Split(',')[0]})");
            }

            if (param is null && KindOf(head) is ParamKind.LongCutoffs or ParamKind.FloatCutoffs)
            {
                throw new FormatException($"'{text}' needs one cutoff, e.g. {head}.10");
            }

            return Measure.Create(head, param);
        }

        var m = IrPattern().Match(text);
        if (!m.Success || !IrNames.TryGetValue(m.Groups["name"].Value, out var target))
        {
            throw new FormatException($"unknown measure '{text}'; {AcceptedSummary}");
        }

        int? rel = null;
        if (m.Groups["args"].Success)
        {
            foreach (string arg in m.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = arg.Split('=', 2, StringSplitOptions.TrimEntries);
                if (kv.Length != 2 || kv[0] != "rel" || !int.TryParse(kv[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int level))
                {
                    throw new FormatException($"measure '{text}': unsupported parameter '{arg}' (only rel=N is supported)");
                }

                rel = level;
            }
        }

        string? cut = m.Groups["cut"].Success ? m.Groups["cut"].Value : null;
        if (cut is null)
        {
            return target.Plain is null
                ? throw new FormatException($"measure '{text}' needs a cutoff, e.g. {m.Groups["name"].Value}@10")
                : Measure.Create(target.Plain, null, null, rel);
        }

        if (target.Cut is null)
        {
            throw new FormatException($"measure '{text}' takes no cutoff");
        }

        if (target.Cut == "recip_rank")
        {
            return Measure.Create("recip_rank", null, ParseDepth(text, cut), rel);
        }

        return Measure.Create(target.Cut, cut, null, rel);
    }

    public static string? NormalizeParameter(string trecName, string? parameter)
    {
        if (parameter is null)
        {
            return null;
        }

        if (KindOf(trecName) == ParamKind.None)
        {
            throw new FormatException($"measure '{trecName}' takes no parameter, found '{parameter}'");
        }

        if (KindOf(trecName) == ParamKind.LongCutoffs && !parameter.Contains(',', StringComparison.Ordinal))
        {
            return ParseDepth(trecName + "." + parameter, parameter).ToString(CultureInfo.InvariantCulture);
        }

        return parameter;
    }

    public static string Canonical(Measure m)
    {
        string rel = m.RelevanceLevel is { } l ? $"(rel={l})" : "";
        string? ir = (m.TrecName, m.Parameter is null) switch
        {
            ("recip_rank", true) => m.Depth is { } d ? $"RR{rel}@{d}" : $"RR{rel}",
            ("ndcg", true) => $"nDCG{rel}",
            ("ndcg_cut", false) => $"nDCG{rel}@{m.Parameter}",
            ("map", true) => $"AP{rel}",
            ("map_cut", false) => $"AP{rel}@{m.Parameter}",
            ("recall", false) => $"R{rel}@{m.Parameter}",
            ("P", false) => $"P{rel}@{m.Parameter}",
            ("success", false) => $"Success{rel}@{m.Parameter}",
            ("judged", false) => $"Judged@{m.Parameter}",
            ("Rprec", true) => $"Rprec{rel}",
            ("bpref", true) => $"Bpref{rel}",
            ("num_ret", true) => "NumRet",
            ("num_rel", true) => $"NumRel{rel}",
            ("num_rel_ret", true) => $"NumRelRet{rel}",
            ("num_q", true) => "NumQ",
            _ => null,
        };
        if (ir is not null && (m.Depth is null || m.TrecName == "recip_rank"))
        {
            return ir;
        }

        string spec = m.TrecSpec;
        if (m.Depth is { } depth)
        {
            spec += $"@M{depth}";
        }

        return m.RelevanceLevel is { } level ? $"{spec}(rel={level})" : spec;
    }

    private static int ParseDepth(string text, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int k) && k > 0
            ? k
            : throw new FormatException($"measure '{text}': expected a positive integer cutoff, found '{value}'");

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z_\-]*)(\((?<args>[^)]*)\))?(@(?<cut>[0-9.]+))?$")]
    private static partial Regex IrPattern();
}
