using Quarry.Eval.TrecEval.Calculators;

namespace Quarry.Eval.TrecEval;

/// <summary>trec_eval 9.0.8's measure table, in its order (which is the output order), and its nicknames.</summary>
internal static class MeasureTable
{
    private const string Cuts = "5,10,15,20,30,100,200,500,1000";
    private const string Recall11 = "0.0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0";

    public static readonly MeasureDef[] All =
    [
        new("runid", ParamKind.None, null, ValueKind.RunId, Averaging.None, false, CountMeasures.None),
        new("num_q", ParamKind.None, null, ValueKind.Long, Averaging.NumQ, false, CountMeasures.NumQ),
        new("num_ret", ParamKind.None, null, ValueKind.Long, Averaging.Sum, true, CountMeasures.NumRet),
        new("num_rel", ParamKind.None, null, ValueKind.Long, Averaging.NumRel, true, CountMeasures.NumRel),
        new("num_rel_ret", ParamKind.None, null, ValueKind.Long, Averaging.Sum, true, CountMeasures.NumRelRet),
        new("map", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, RankMeasures.Map),
        new("gm_map", ParamKind.None, null, ValueKind.Float, Averaging.Geometric, false, RankMeasures.GmMap),
        new("Rprec", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, RankMeasures.Rprec),
        new("bpref", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, JudgedMeasures.Bpref),
        new("recip_rank", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, RankMeasures.RecipRank),
        new("iprec_at_recall", ParamKind.FloatCutoffs, Recall11, ValueKind.Float, Averaging.Mean, true, InterpolatedMeasures.IprecAtRecall),
        new("P", ParamKind.LongCutoffs, Cuts, ValueKind.Float, Averaging.Mean, true, RankMeasures.P),
        new("relstring", ParamKind.FloatParams, "10", ValueKind.Text, Averaging.None, true, CountMeasures.RelString),
        new("recall", ParamKind.LongCutoffs, Cuts, ValueKind.Float, Averaging.Mean, true, RankMeasures.Recall),
        new("infAP", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, JudgedMeasures.InfAp),
        new("gm_bpref", ParamKind.None, null, ValueKind.Float, Averaging.Geometric, false, JudgedMeasures.GmBpref),
        new("Rprec_mult", ParamKind.FloatCutoffs, "0.2,0.4,0.6,0.8,1.0,1.2,1.4,1.6,1.8,2.0", ValueKind.Float, Averaging.Mean, true, InterpolatedMeasures.RprecMult),
        new("utility", ParamKind.FloatParams, "1,-1,0,0", ValueKind.Float, Averaging.Mean, true, SetMeasures.Utility),
        new("11pt_avg", ParamKind.FloatParams, Recall11, ValueKind.Float, Averaging.Mean, true, InterpolatedMeasures.ElevenPointAverage),
        new("binG", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, GainMeasures.BinG),
        new("G", ParamKind.Pairs, null, ValueKind.Float, Averaging.Mean, true, GainMeasures.G),
        new("ndcg", ParamKind.Pairs, null, ValueKind.Float, Averaging.Mean, true, GainMeasures.Ndcg),
        new("ndcg_rel", ParamKind.Pairs, null, ValueKind.Float, Averaging.Mean, true, GainMeasures.NdcgRel),
        new("Rndcg", ParamKind.Pairs, null, ValueKind.Float, Averaging.Mean, true, GainMeasures.Rndcg),
        new("ndcg_cut", ParamKind.LongCutoffs, Cuts, ValueKind.Float, Averaging.Mean, true, GainMeasures.NdcgCut),
        new("map_cut", ParamKind.LongCutoffs, Cuts, ValueKind.Float, Averaging.Mean, true, RankMeasures.MapCut),
        new("relative_P", ParamKind.LongCutoffs, Cuts, ValueKind.Float, Averaging.Mean, true, RankMeasures.RelativeP),
        new("success", ParamKind.LongCutoffs, "1,5,10", ValueKind.Float, Averaging.Mean, true, RankMeasures.Success),
        new("set_P", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, SetMeasures.SetP),
        new("set_relative_P", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, SetMeasures.SetRelativeP),
        new("set_recall", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, SetMeasures.SetRecall),
        new("set_map", ParamKind.None, null, ValueKind.Float, Averaging.Mean, true, SetMeasures.SetMap),
        new("set_F", ParamKind.FloatParams, "1.0", ValueKind.Float, Averaging.Mean, true, SetMeasures.SetF),
        new("num_nonrel_judged_ret", ParamKind.None, null, ValueKind.Long, Averaging.Sum, true, CountMeasures.NumNonrelJudgedRet),

        // Not in trec_eval: Judged@k (ir_measures), reachable only by name.
        new("judged", ParamKind.LongCutoffs, "10", ValueKind.Float, Averaging.Mean, true, RankMeasures.Judged),
    ];

    public static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["official"] = ["runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "map", "gm_map", "Rprec", "bpref", "recip_rank", "iprec_at_recall", "P"],
        ["set"] = ["runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "utility", "set_P", "set_recall", "set_relative_P", "set_map", "set_F"],
        ["all_trec"] =
        [
            "runid", "num_q", "num_ret", "num_rel", "num_rel_ret", "map", "gm_map", "Rprec", "bpref", "recip_rank", "iprec_at_recall", "P",
            "relstring", "recall", "infAP", "gm_bpref", "utility", "11pt_avg", "ndcg", "relative_P", "Rprec_mult", "success", "map_cut",
            "ndcg_cut", "ndcg_rel", "Rndcg", "binG", "G", "set_P", "set_recall", "set_relative_P", "set_map", "set_F", "num_nonrel_judged_ret",
        ],
    };

    /// <summary>trec_eval nicknames for measures over other input formats; named so the error can say why they are refused.</summary>
    public static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "all_prefs", "prefs", "qrels_jg", "prefs_num_prefs_poss", "prefs_num_prefs_ful", "prefs_num_prefs_ful_ret", "prefs_simp",
        "prefs_pair", "prefs_avgjg", "prefs_avgjg_Rnonrel", "prefs_simp_ret", "prefs_pair_ret", "prefs_avgjg_ret",
        "prefs_avgjg_Rnonrel_ret", "prefs_simp_imp", "prefs_pair_imp", "prefs_avgjg_imp", "map_avgjg", "P_avgjg", "Rprec_mult_avgjg", "yaap",
    };

    public static int IndexOf(string name) => Array.FindIndex(All, d => d.Name == name);
}
