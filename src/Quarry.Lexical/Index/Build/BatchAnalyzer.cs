using Quarry.Data.Records;
using Quarry.Lexical.Analysis;

namespace Quarry.Lexical.Index.Build;

/// <summary>One analyzed passage: its distinct terms with their frequencies, and its length in tokens.</summary>
internal readonly record struct AnalyzedDoc(string[] Terms, int[] Tfs, int Length);

/// <summary>Analyzes a batch of passages on several threads, each with its own analyzer; output order is input order.</summary>
internal sealed class BatchAnalyzer
{
    private readonly Func<IAnalyzer> _factory;
    private readonly int _threads;
    private readonly ThreadLocal<(IAnalyzer Analyzer, List<string> Tokens, Dictionary<string, int> Counts)> _state;

    public BatchAnalyzer(Func<IAnalyzer> factory, int threads)
    {
        _factory = factory;
        _threads = Math.Max(1, threads);
        _state = new(() => (_factory(), new List<string>(256), new Dictionary<string, int>(256, StringComparer.Ordinal)));
    }

    public AnalyzedDoc[] Analyze(IReadOnlyList<Passage> batch)
    {
        var output = new AnalyzedDoc[batch.Count];
        if (_threads == 1)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                output[i] = AnalyzeOne(batch[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads }, i => output[i] = AnalyzeOne(batch[i]));
        }

        return output;
    }

    private AnalyzedDoc AnalyzeOne(Passage passage)
    {
        var (analyzer, tokens, counts) = _state.Value;
        tokens.Clear();
        counts.Clear();
        string text = passage.Title is { Length: > 0 } title ? title + " " + passage.Text : passage.Text;
        analyzer.Analyze(text, tokens);
        foreach (string t in tokens)
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }

        var terms = new string[counts.Count];
        var tfs = new int[counts.Count];
        int j = 0;
        foreach (var (term, tf) in counts)
        {
            terms[j] = term;
            tfs[j] = tf;
            j++;
        }

        return new AnalyzedDoc(terms, tfs, tokens.Count);
    }
}
