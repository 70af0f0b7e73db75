using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Quarry.Bench.Lexical.Systems;
using Quarry.Lexical.Analysis;

namespace Quarry.Bench.Lexical;

/// <summary>
/// The analysis chain alone: tokens per CPU-second of Quarry's EnglishAnalyzer and of the same chain in Lucene.NET, one
/// thread each. CPU time, not wall time, because on a loaded machine the wall clock mostly measures the wait for a core.
/// </summary>
internal static class AnalysisBench
{
    public static List<Measurement> Run(IReadOnlyList<string> texts, int rounds = 3)
    {
        var quarry = new EnglishAnalyzer();
        using var lucene = new LuceneSystem.AnseriniAnalyzer();
        double bestQuarry = double.MaxValue;
        double bestLucene = double.MaxValue;
        long quarryTokens = 0;
        long luceneTokens = 0;
        var terms = new List<string>();
        for (int round = 0; round < rounds; round++)
        {
            var clock = CpuClock.StartNew();
            quarryTokens = 0;
            foreach (string text in texts)
            {
                terms.Clear();
                quarry.Analyze(text, terms);
                quarryTokens += terms.Count;
            }

            bestQuarry = Math.Min(bestQuarry, clock.Elapsed.TotalSeconds);
            clock.Restart();
            luceneTokens = 0;
            foreach (string text in texts)
            {
                using var stream = lucene.GetTokenStream("contents", text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    _ = term.ToString();
                    luceneTokens++;
                }

                stream.End();
            }

            bestLucene = Math.Min(bestLucene, clock.Elapsed.TotalSeconds);
        }

        return
        [
            new("quarry", "analysis_tokens_per_s", quarryTokens / bestQuarry),
            new("lucene", "analysis_tokens_per_s", luceneTokens / bestLucene),
            new("quarry", "analysis_tokens", quarryTokens),
            new("lucene", "analysis_tokens", luceneTokens),
        ];
    }
}

/// <summary>The process's CPU time since start, restartable like a stopwatch.</summary>
internal sealed class CpuClock
{
    private TimeSpan _start = Now();

    public TimeSpan Elapsed => Now() - _start;

    public static CpuClock StartNew() => new();

    public void Restart() => _start = Now();

    private static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
