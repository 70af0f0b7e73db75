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
        var sink = new ListSink(terms);
        Analyze(text, ref sink);
    }

    /// <summary>
    /// Passes the terms of <paramref name="text"/> to <paramref name="sink"/>, in order, without making a string per token.
    /// Same terms as the list overload, which goes through this one.
    /// </summary>
    public void Analyze<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var filtering = new FilteringSink<TSink>(this, ref sink);
        Tokenize(text, ref filtering);
    }

    /// <summary>
    /// Passes the raw tokens of <paramref name="text"/> (before possessive stripping, lowercasing, stop words and stemming)
    /// to <paramref name="sink"/>. Each token's term is <see cref="Filter"/> of it, a pure function of its chars: the index
    /// build caches it per distinct token instead of filtering every occurrence.
    /// </summary>
    public static void Tokenize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITermSink, allows ref struct
    {
        var tokenizer = new StandardTokenizer(text);
        while (tokenizer.MoveNext())
        {
            sink.Add(tokenizer.Current);
        }
    }

    /// <summary>
    /// Writes the term the filters make of one token into <paramref name="buffer"/> (at least as long as the token) and
    /// returns its length, or -1 for a stop word.
    /// </summary>
    public int Filter(ReadOnlySpan<char> token, Span<char> buffer)
    {
        Span<char> term = buffer[..EnglishPossessive.Strip(token)];
        token[..term.Length].CopyTo(term);
        LowerCase.Apply(term);
        if (Options.RemoveStopwords && EnglishStopWords.Contains(term))
        {
            return -1;
        }

        return Options.Stem ? PorterStemmer.Stem(term) : term.Length;
    }

    /// <summary>The terms of <paramref name="text"/> as a new list.</summary>
    public List<string> Analyze(ReadOnlySpan<char> text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    /// <summary>Turns tokens into terms for an inner sink.</summary>
    private ref struct FilteringSink<TSink>(EnglishAnalyzer analyzer, ref TSink inner) : ITermSink
        where TSink : struct, ITermSink
    {
        private readonly ref TSink _inner = ref inner;
        private TermBuffer _buffer;

        public void Add(ReadOnlySpan<char> token)
        {
            Span<char> buffer = _buffer;
            int length = analyzer.Filter(token, buffer);
            if (length >= 0)
            {
                _inner.Add(buffer[..length]);
            }
        }
    }

    /// <summary>Room for one term: a token is at most <see cref="StandardTokenizer.MaxTokenLength"/> chars.</summary>
    [System.Runtime.CompilerServices.InlineArray(StandardTokenizer.MaxTokenLength)]
    private struct TermBuffer
    {
        private char _first;
    }

    /// <summary>Collects terms as strings, for callers that want a list.</summary>
    private readonly struct ListSink(List<string> terms) : ITermSink
    {
        public void Add(ReadOnlySpan<char> term) => terms.Add(new string(term));
    }
}
