using Quarry.Data.Records;
using Quarry.Data.Runs;

namespace Quarry.Fusion.Tests.Methods;

/// <summary>The two small runs every hand-worked example below starts from.</summary>
internal static class HandRuns
{
    /// <summary>A: d1 3.0, d2 2.0, d3 1.0 (q1); q2: e1 5.0.</summary>
    public static Run A()
    {
        var run = new Run();
        run.Add("q1", new ScoredDoc("d2", 2.0)); // out of order on purpose: ranks come from scores, not file order
        run.Add("q1", new ScoredDoc("d1", 3.0));
        run.Add("q1", new ScoredDoc("d3", 1.0));
        run.Add("q2", new ScoredDoc("e1", 5.0));
        return run;
    }

    /// <summary>B: d3 0.9, d1 0.5, d4 0.1 (q1 only).</summary>
    public static Run B()
    {
        var run = new Run();
        run.Add("q1", new ScoredDoc("d3", 0.9));
        run.Add("q1", new ScoredDoc("d1", 0.5));
        run.Add("q1", new ScoredDoc("d4", 0.1));
        return run;
    }

    public static (string Doc, double Score)[] Hits(Run run, string q) => [.. run[q].Select(h => (h.DocId, h.Score))];
}
