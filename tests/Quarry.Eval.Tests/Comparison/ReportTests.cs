using System.Text.Json;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Comparison;
using Quarry.Eval.Reports;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.Comparison;

public sealed class ReportTests
{
    private static ComparisonReport Dl19Report()
    {
        var qrels = QrelsReader.Load(SharedData.Path("dl19/qrels.dl19-passage.txt"));
        NamedRun Run(string s) => new(s, RunReader.Load(SharedData.Path($"dl19/runs/rank_llm.{s}.trec_results_dl19.top100.txt.gz")));
        return RunComparer.Compare([new NamedQrels("dl19", qrels)], Run("BM25"), [Run("BM25_RM3"), Run("OPEN_AI_ADA2")],
            [new MeasureSpec("nDCG@10"), new MeasureSpec("AP(rel=2)"), new MeasureSpec("R@100")], new EvaluatorScorer(), new ComparisonOptions());
    }

    [Fact]
    public void Json_EveryComparison_HasPValueMatchingTheReport()
    {
        var report = Dl19Report();
        using var stream = new MemoryStream();
        ComparisonJson.Write(report, stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var measures = doc.RootElement.GetProperty("qrels")[0].GetProperty("measures");
        Assert.Equal(3, measures.GetArrayLength());
        for (int m = 0; m < 3; m++)
        {
            var comparisons = measures[m].GetProperty("comparisons");
            for (int r = 0; r < comparisons.GetArrayLength(); r++)
            {
                Assert.Equal(report.Sets[0].Measures[m].Rows[r].Test.PValue, comparisons[r].GetProperty("p_value").GetDouble());
            }
        }
    }

    [Fact]
    public void Html_OneSvgPerMeasure_AndSelfContained()
    {
        var report = Dl19Report();
        using var writer = new StringWriter();
        ComparisonHtml.Write(report, writer, "t <&>");
        string html = writer.ToString();
        Assert.Equal(3, html.Split("<svg ").Length - 1);
        Assert.Contains("t &lt;&amp;&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        // One bar per query per run: 43 queries × 2 runs × 3 measures.
        Assert.Equal(43 * 2 * 3, html.Split("<rect ").Length - 1);
    }
}
