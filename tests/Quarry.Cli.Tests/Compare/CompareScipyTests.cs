using System.Text.Json;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Compare;

public sealed class CompareScipyTests
{
    // SciPy's reference arrays are trec_eval -q output (4 decimals); --per-query-digits 4 makes compare test exactly those.
    [Theory]
    [InlineData("t", "wilcox", "ttest_rel")]
    [InlineData("wilcoxon", "wilcox", "wilcoxon_wilcox_approx")]
    [InlineData("wilcoxon", "pratt", "wilcoxon_pratt_approx")]
    [InlineData("wilcoxon", "zsplit", "wilcoxon_zsplit_approx")]
    public void Json_ScipyReferenceComparisons_PValuesAgreeTo1e9(string test, string zeroMethod, string scipyKey)
    {
        foreach (string line in File.ReadLines(SharedData.Path("significance/scipy-reference.jsonl")).Where(l => l.Length > 0))
        {
            using var reference = JsonDocument.Parse(line);
            var r = reference.RootElement;
            string year = r.GetProperty("run_a").GetString()!.Contains("dl19", StringComparison.Ordinal) ? "dl19" : "dl20";
            string measure = r.GetProperty("measure").GetString() == "map" && r.GetProperty("trec_eval_flags").GetString()!.Contains("-l 2", StringComparison.Ordinal)
                ? "AP(rel=2)"
                : r.GetProperty("measure").GetString()!;
            var result = CliProcess.Run("compare", SharedData.Path($"{year}/qrels.{year}-passage.txt"),
                SharedData.Path($"{year}/runs/{r.GetProperty("run_a").GetString()}"), SharedData.Path($"{year}/runs/{r.GetProperty("run_b").GetString()}"),
                "-m", measure, "--test", test, "--zero-method", zeroMethod, "--per-query-digits", "4", "--format", "json");
            Assert.True(result.ExitCode == 0, result.StdErr);

            using var output = JsonDocument.Parse(result.StdOut);
            double p = output.RootElement.GetProperty("qrels")[0].GetProperty("measures")[0].GetProperty("comparisons")[0].GetProperty("p_value").GetDouble();
            double expected = r.GetProperty(scipyKey).GetProperty("pvalue").GetDouble();
            Assert.True(Math.Abs(p - expected) < 1e-9, $"{line[..120]}: quarry {p:R}, SciPy {expected:R}");
        }
    }
}
