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
        // A term cache (token -> term) was measured slower than filtering: the chain costs about as much as a hash lookup.
        Span<char> buffer = stackalloc char[StandardTokenizer.MaxTokenLength];
        var tokenizer = new StandardTokenizer(text);
        while (tokenizer.MoveNext())
        {
            if (Filter(tokenizer.Current, buffer) is { } term)
            {
                terms.Add(term);
            }
        }
    }

    /// <summary>The term the filters make of one token, or null for a stop word.</summary>
    private string? Filter(ReadOnlySpan<char> token, Span<char> buffer)
    {
        Span<char> term = buffer[..EnglishPossessive.Strip(token)];
        token[..term.Length].CopyTo(term);
        LowerCase.Apply(term);
        if (Options.RemoveStopwords && EnglishStopWords.Contains(term))
        {
            return null;
        }

        if (Options.Stem)
        {
            term = term[..PorterStemmer.Stem(term)];
        }

        return new string(term);
    }

    /// <summary>The terms of <paramref name="text"/> as a new list.</summary>
    public List<string> Analyze(ReadOnlySpan<char> text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }
}
