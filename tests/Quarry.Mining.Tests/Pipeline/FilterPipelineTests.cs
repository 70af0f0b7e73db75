using Quarry.Data.Records;
using Quarry.Mining.Report;
using Xunit;

namespace Quarry.Mining.Tests.Pipeline;

public sealed class FilterPipelineTests
{
    private const string PositiveText = "Aspirin is used to reduce fever and relieve mild to moderate pain from conditions such as muscle aches toothaches and headaches";

    [Fact]
    public void Run_PositiveAndDuplicatesInCandidates_NeverEmittedAndCountedSeparately()
    {
        using var s = new Scenario();
        s.Queries["q"] = "what is aspirin used for";
        s.Labels.Add(new Qrel("q", "p1", 1));
        s.Passages["p1"] = PositiveText;
        s.Passages["dupExact"] = PositiveText.ToUpperInvariant() + "!!";
        s.Passages["dupNear"] = PositiveText + " and colds";
        s.Passages["n1"] = "Ibuprofen is a nonsteroidal anti-inflammatory drug.";
        s.Passages["n2"] = "Paracetamol is a pain reliever.";
        s.Candidates("q", "dupExact", "p1", "n1", "missing", "dupNear", "n2");
        var (output, report) = s.Run(new MiningOptions { Negatives = 8 });
        Assert.Equal("q\tp1\tn1\nq\tp1\tn2\n", output);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.Positive]);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.DuplicateExact]);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.DuplicateNear]);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.MissingPassage]);
        Assert.Equal(1, report.NegativesHistogram[2]);
    }

    [Fact]
    public void Run_SkipAndDepth_WindowIsRanksSkipPlusOneToDepth()
    {
        using var s = Simple(out _);
        var (output, report) = s.Run(new MiningOptions { Skip = 2, Depth = 5, Negatives = 10 });
        Assert.Equal("q\tpos\tc3\nq\tpos\tc4\nq\tpos\tc5\n", output);
        Assert.Equal(3, report.CandidatesInWindow);
    }

    [Fact]
    public void Run_Margin_MeasuredAgainstLowestPositive()
    {
        using var s = CrossEncoderScenario();
        // min positive 8: c9 (9 + 0 > 8) dropped; with the highest positive (10) it would have been kept.
        var (output, report) = s.Run(new MiningOptions { Margin = 0.0 });
        Assert.Equal("q\tp10\tc7\nq\tp10\tc5\nq\tp8\tc7\nq\tp8\tc5\n", output);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.Margin]);
    }

    [Fact]
    public void Run_AllScoreFilters_AppliedInSentenceTransformersOrder()
    {
        using var s = CrossEncoderScenario();
        // absolute 1.5: 9 and 7 dropped (7 + 1.5 > 8); relative 0.25 (threshold 6) finds nothing left above 6; max 4 drops 5.
        var (output, report) = s.Run(new MiningOptions { Margin = 1.5, RelativeMargin = 0.25, MaxScore = 4.0 });
        Assert.Equal("", output);
        Assert.Equal(2, report.CandidateDrops[(int)CandidateDrop.Margin]);
        Assert.Equal(0, report.CandidateDrops[(int)CandidateDrop.RelativeMargin]);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.MaxScore]);
        Assert.Equal(1, report.QueryDrops[(int)QueryDrop.NoCandidatesLeft]);
    }

    [Fact]
    public void Run_RelativeMarginAlone_DropsAboveMinTimesOneMinusR()
    {
        using var s = CrossEncoderScenario();
        var (output, report) = s.Run(new MiningOptions { RelativeMargin = 0.25 });
        Assert.Equal("q\tp10\tc5\nq\tp8\tc5\n", output);
        Assert.Equal(2, report.CandidateDrops[(int)CandidateDrop.RelativeMargin]);
    }

    [Fact]
    public void Run_MaxSimilarity_DropsCandidatesCloseToAPositive()
    {
        using var s = new Scenario();
        s.Queries["q"] = "query";
        s.Labels.Add(new Qrel("q", "p", 1));
        s.Passages["p"] = "positive";
        s.Passages["close"] = "close text";
        s.Passages["far"] = "far text";
        s.Candidates("q", "close", "far");
        s.BiEncoder = new TableEmbedder(new()
        {
            ["positive"] = [1f, 0f],
            ["close text"] = [1f, 0.1f],     // cosine 0.995
            ["far text"] = [0f, 1f],         // cosine 0
        });
        var (output, report) = s.Run(new MiningOptions { MaxSimilarity = 0.9 });
        Assert.Equal("q\tp\tfar\n", output);
        Assert.Equal(1, report.CandidateDrops[(int)CandidateDrop.Similarity]);
    }

    [Fact]
    public void Run_OnePositivePerQuery_KeepsHighestGradeThenSmallestPid()
    {
        using var s = new Scenario();
        s.Queries["q"] = "query";
        s.Labels.Add(new Qrel("q", "30", 2));
        s.Labels.Add(new Qrel("q", "100", 3));
        s.Labels.Add(new Qrel("q", "20", 3));
        foreach (var id in new[] { "20", "30", "100", "n" })
        {
            s.Passages[id] = "text of " + id;
        }

        s.Candidates("q", "20", "100", "30", "n");
        var (output, _) = s.Run(new MiningOptions { PositivesPerQuery = 1 });
        // "20" (grade 3, smaller than 100) is the label; the other judged passages are unknown to the miner.
        Assert.Equal("q\t20\t100\nq\t20\t30\nq\t20\tn\n", output);
    }

    internal static Scenario Simple(out string[] pids)
    {
        var s = new Scenario();
        s.Queries["q"] = "query";
        s.Labels.Add(new Qrel("q", "pos", 1));
        s.Passages["pos"] = "the positive passage";
        pids = Enumerable.Range(1, 8).Select(i => "c" + i).ToArray();
        foreach (var p in pids)
        {
            s.Passages[p] = "candidate number " + p;
        }

        s.Candidates("q", pids);
        return s;
    }

    private static Scenario CrossEncoderScenario()
    {
        var s = new Scenario();
        s.Queries["q"] = "query";
        s.Labels.Add(new Qrel("q", "p10", 1));
        s.Labels.Add(new Qrel("q", "p8", 1));
        var scores = new Dictionary<string, float>();
        foreach (var (id, score) in new[] { ("p10", 10f), ("p8", 8f), ("c9", 9f), ("c7", 7f), ("c5", 5f) })
        {
            s.Passages[id] = "passage " + id;
            scores["passage " + id] = score;
        }

        s.Candidates("q", "c9", "c7", "c5");
        s.CrossEncoder = new TableScorer(scores);
        return s;
    }
}
