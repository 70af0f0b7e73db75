using Quarry.Lexical.Analysis.Filters;
using Quarry.Lexical.Analysis.Stemming;
using Quarry.Lexical.Analysis.Tokenization;

namespace Quarry.Lexical.Analysis;

/// <summary>
/// Anserini's default English analysis (DefaultEnglishAnalyzer on Lucene 9): StandardTokenizer, EnglishPossessiveFilter,
/// LowerCaseFilter, StopFilter (Lucene's English set) and PorterStemFilter; stemming and stop words can be switched off.
/// Thread-safe: it keeps no state between calls.
/// </summary>
public sealed class EnglishAnalyzer(AnalyzerOptions options) : IAnalyzer
{
    /// <summary>The chain with Anserini's defaults (Porter stemming, stop words removed).</summary>
    public EnglishAnalyzer()
        : this(new AnalyzerOptions())
    {
    }

    /// <summary>The switches this analyzer runs with.</summary>
    public AnalyzerOptions Options { get; } = options;

    /// <inheritdoc/>
    public void Analyze(ReadOnlySpan<char> text, List<string> terms)
    {
        Span<char> buffer = stackalloc char[StandardTokenizer.MaxTokenLength];
        var tokenizer = new StandardTokenizer(text);
        while (tokenizer.MoveNext())
        {
            ReadOnlySpan<char> token = tokenizer.Current;
            int length = EnglishPossessive.Strip(token);
            if (length == 0)
            {
                continue;
            }

            Span<char> term = buffer[..length];
            token[..length].CopyTo(term);
            LowerCase.Apply(term);
            if (Options.RemoveStopwords && EnglishStopWords.Contains(term))
            {
                continue;
            }

            if (Options.Stem)
            {
                term = term[..PorterStemmer.Stem(term)];
            }

            terms.Add(new string(term));
        }
    }

    /// <summary>The terms of <paramref name="text"/> as a new list.</summary>
    public List<string> Analyze(ReadOnlySpan<char> text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }
}
