using Quarry.Lexical.Analysis;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// One analysis thread's share of the inversion: the documents that thread analyzed (in ascending order), with its own
/// term dictionary and postings. Terms are looked up by their chars, so a string is made only for a term's first occurrence.
/// Occurrences are buffered and appended to the postings a batch of documents at a time (see the Batch part).
/// </summary>
internal sealed partial class PartialInverter
{
    private readonly TermTable _ids = new();

    // Raw token -> term id (-1: stop word), so the filter chain runs once per distinct token, not once per occurrence:
    // short tokens in a table that holds their chars in place, longer ones by their chars in a term table.
    private readonly ShortTokens _shortTokens = new();
    private readonly TermTable _tokens = new();
    private int[] _tokenTerms = new int[1024];
    private readonly char[] _termBuffer = new char[Analysis.Tokenization.StandardTokenizer.MaxTokenLength];
    private readonly int _maxCachedTokens;
    private EnglishAnalyzer? _english;
    private readonly PostingPool _pool = new();
    private TermState[] _terms = new TermState[1024];
    private int _length;

    /// <summary>
    /// Starts an empty part; <paramref name="maxCachedTokens"/> bounds the raw-token cache (about 50 bytes per token;
    /// tokens first seen after it is full are filtered at every occurrence).
    /// </summary>
    public PartialInverter(int maxCachedTokens = 1 << 20)
    {
        _maxCachedTokens = maxCachedTokens;
    }

    /// <summary>The terms with their ids in this part.</summary>
    public TermTable Terms => _ids;

    /// <summary>The terms in dictionary order, once <see cref="Seal"/> has run.</summary>
    public TermOrder? Order { get; private set; }

    /// <summary>Appends the last batch and sorts the terms (when the part's input has ended).</summary>
    public void Seal()
    {
        Flush();
        Order = new TermOrder(_ids);
    }

    /// <summary>Analyzes and inverts one document and returns its length in tokens; documents must come in ascending order.</summary>
    public int Add(int doc, ReadOnlySpan<char> text, IAnalyzer analyzer, List<string> scratch)
    {
        StartDocument(doc);
        _length = 0;
        if (analyzer is EnglishAnalyzer english)
        {
            _english = english;
            AddTokens(text);
        }
        else
        {
            scratch.Clear();
            analyzer.Analyze(text, scratch);
            foreach (string term in scratch)
            {
                AddToken(term);
            }
        }

        return _length;
    }

    /// <summary>The number of documents of this part that hold term <paramref name="id"/> (once sealed).</summary>
    public int DocumentFrequency(int id) => _terms[id].Df;

    /// <summary>Decodes the postings of term <paramref name="id"/> (ascending documents; once sealed).</summary>
    public void Read(int id, Span<int> docs, Span<int> tfs)
    {
        ref TermState term = ref _terms[id];
        _pool.Read(term.Postings, term.Df, docs, tfs);
    }

    /// <summary>Drops the dictionary; postings stay readable by id.</summary>
    public void ForgetTerms()
    {
        Order = null;
        _ids.Clear();
        _shortTokens.Clear();
        _tokens.Clear();
        _tokenTerms = [];
    }

    private void AddToken(ReadOnlySpan<char> chars) => Count(_ids.GetOrAdd(chars));

    private void Count(int id)
    {
        _length++;
        Occur(id);
    }

    /// <summary>Everything the inversion keeps per term, together so that a posting touches one place.</summary>
    private struct TermState
    {
        public PostingList Postings;
        public int LastDoc;
        public int Df;
    }
}
