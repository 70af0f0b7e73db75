using Quarry.Mining;
using Quarry.Mining.Report;

namespace Quarry.Cli.Commands;

/// <summary>Report labels (shared by the text and JSON reports) and which filters a run actually used.</summary>
internal static class MineReportNames
{
    public static string Of(QueryDrop drop, MiningOptions o) => drop switch
    {
        QueryDrop.QueryTextMissing => "not in the queries file",
        QueryDrop.NoPositive => "no positive in qrels",
        QueryDrop.ShortCandidateList => $"candidate list shorter than skip+1 ({o.Skip + 1})",
        QueryDrop.PositiveTextMissing => "no positive text in passages",
        QueryDrop.NoCandidatesLeft => "no candidates left",
        QueryDrop.FewerThanKNegatives => $"fewer than {o.Negatives} negatives (n-tuple)",
        _ => drop.ToString(),
    };

    public static string Of(CandidateDrop drop) => drop switch
    {
        CandidateDrop.Positive => "labelled positive",
        CandidateDrop.MissingPassage => "passage missing",
        CandidateDrop.DuplicateExact => "exact duplicate of a positive",
        CandidateDrop.DuplicateNear => "near duplicate of a positive",
        CandidateDrop.Margin => "cross-encoder margin",
        CandidateDrop.RelativeMargin => "cross-encoder relative margin",
        CandidateDrop.MaxScore => "cross-encoder max score",
        CandidateDrop.Similarity => "bi-encoder similarity",
        _ => drop.ToString(),
    };

    public static string Of(AuditStage stage) => stage switch
    {
        AuditStage.Window => "window (no filter)",
        AuditStage.AfterPositive => "after positive",
        AuditStage.AfterMissingPassage => "after missing passage",
        AuditStage.AfterDuplicates => "after duplicates",
        AuditStage.AfterMargin => "after margin",
        AuditStage.AfterRelativeMargin => "after relative margin",
        AuditStage.AfterMaxScore => "after max score",
        AuditStage.AfterSimilarity => "after similarity",
        AuditStage.Emitted => "emitted (sampled)",
        _ => stage.ToString(),
    };

    /// <summary>Key used in the JSON report.</summary>
    public static string Key<T>(T value) where T : struct, Enum
    {
        string name = value.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    public static bool IsActive(CandidateDrop drop, MiningOptions o) => drop switch
    {
        CandidateDrop.DuplicateNear => o.NearDuplicateJaccard <= 1,
        CandidateDrop.Margin => o.Margin is not null,
        CandidateDrop.RelativeMargin => o.RelativeMargin is not null,
        CandidateDrop.MaxScore => o.MaxScore is not null,
        CandidateDrop.Similarity => o.MaxSimilarity is not null,
        _ => true,
    };

    public static bool IsActive(AuditStage stage, MiningOptions o) => stage switch
    {
        AuditStage.AfterMargin => o.Margin is not null,
        AuditStage.AfterRelativeMargin => o.RelativeMargin is not null,
        AuditStage.AfterMaxScore => o.MaxScore is not null,
        AuditStage.AfterSimilarity => o.MaxSimilarity is not null,
        _ => true,
    };
}
