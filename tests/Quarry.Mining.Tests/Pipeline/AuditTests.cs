using Quarry.Data.Records;
using Quarry.Mining.Report;
using Xunit;

namespace Quarry.Mining.Tests.Pipeline;

public sealed class AuditTests
{
    [Fact]
    public void Run_DenseQrels_CountsJudgedRelevantAtEachStage()
    {
        using var s = FilterPipelineTests.Simple(out var pids);
        // The window holds c1..c4 plus nothing else; c1 (grade 2) and c3 (grade 1) are relevant, c2 judged 0.
        s.Dense.Add(new Qrel("q", "pos", 3));
        s.Dense.Add(new Qrel("q", "c1", 2));
        s.Dense.Add(new Qrel("q", "c2", 0));
        s.Dense.Add(new Qrel("q", "c3", 1));
        s.Candidates("q2", pids); // not audited: q2 has no dense judgments (and no labels)
        var (_, r) = s.Run(new MiningOptions { Depth = 4, Negatives = 2 });
        var window = r.Stage(AuditStage.Window);
        Assert.Equal(4, window.Total);
        Assert.Equal(3, window.Judged);
        Assert.Equal(2, window.Relevant());
        Assert.Equal(50.0, window.RatePercent());
        var emitted = r.Stage(AuditStage.Emitted);
        Assert.Equal(2, emitted.Total);     // c1, c2
        Assert.Equal(1, emitted.Relevant());
        Assert.Equal(1, emitted.ByGrade[2]);
        Assert.Equal(1, emitted.ByGrade[0]);
        Assert.Equal(50.0, emitted.RatePercent());
        Assert.Equal(50.0, emitted.RatePercent(2));
        Assert.Equal(1, r.AuditedQueries);
    }

    [Fact]
    public void Run_LabelledPositiveInWindow_CountsAsFalseNegativeOnlyBeforePositiveFilter()
    {
        using var s = new Scenario();
        s.Queries["q"] = "query";
        s.Labels.Add(new Qrel("q", "pos", 1));
        s.Dense.Add(new Qrel("q", "pos", 3));
        s.Passages["pos"] = "the positive";
        s.Passages["n"] = "a negative";
        s.Candidates("q", "pos", "n");
        var (_, r) = s.Run(new MiningOptions());
        Assert.Equal(1, r.Stage(AuditStage.Window).Relevant());
        Assert.Equal(0, r.Stage(AuditStage.AfterPositive).Relevant());
        Assert.Equal(0.0, r.Stage(AuditStage.Emitted).RatePercent());
    }
}
