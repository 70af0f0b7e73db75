using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Quarry.Lexical.Analysis;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Raw tokens to term ids for <see cref="PartialInverter"/>, in two passes over a document: the first tokenizes, packs
/// each short token and asks the processor to load its cache slot; the second looks the tokens up. The loads of a whole
/// document are then under way together instead of one after another, and on a large collection most of them miss the
/// processor's caches. The filter chain runs once per distinct token, when it is first seen (or at every occurrence of
/// tokens first seen after the cache is full).
/// </summary>
internal sealed partial class PartialInverter
{
    private DocumentToken[] _docTokens = new DocumentToken[256];
    private int _docTokenCount;

    private bool CanCacheToken => _shortTokens.Count + _tokens.Count < _maxCachedTokens;

    private void AddTokens(ReadOnlySpan<char> text)
    {
        _docTokenCount = 0;
        var sink = new CollectingSink(this, text);
        EnglishAnalyzer.Tokenize(text, ref sink);
        for (int t = 0; t < _docTokenCount; t++)
        {
            ref DocumentToken token = ref _docTokens[t];
            int id;
            if (token.Length > ShortTokens.MaxLength)
            {
                id = LookUpLongToken(text.Slice(token.Start, token.Length));
            }
            else if (!_shortTokens.TryGet(token.Low, token.High, token.Length, token.Hash, out id))
            {
                id = FilterToTerm(text.Slice(token.Start, token.Length));
                if (CanCacheToken)
                {
                    _shortTokens.Add(token.Low, token.High, token.Length, id);
                }
            }

            if (id >= 0)
            {
                Count(id);
            }
        }
    }

    /// <summary>The first pass, per token: where it lies and, for a short one, its packed chars and hash, with its slot requested.</summary>
    private void Collect(ReadOnlySpan<char> text, ReadOnlySpan<char> chars)
    {
        if (_docTokenCount == _docTokens.Length)
        {
            Array.Resize(ref _docTokens, _docTokenCount * 2);
        }

        ref DocumentToken token = ref _docTokens[_docTokenCount++];
        token.Start = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(text), ref MemoryMarshal.GetReference(chars)) / sizeof(char));
        token.Length = chars.Length;
        if (chars.Length <= ShortTokens.MaxLength)
        {
            (token.Low, token.High) = ShortTokens.Pack(chars);
            token.Hash = ShortTokens.Hash(token.Low, token.High, chars.Length);
            _shortTokens.Prefetch(token.Hash);
        }
    }

    /// <summary>The term id of a token (-1: a stop word), by the analyzer's filter chain.</summary>
    private int FilterToTerm(ReadOnlySpan<char> token)
    {
        int length = _english!.Filter(token, _termBuffer);
        return length < 0 ? -1 : _ids.GetOrAdd(_termBuffer.AsSpan(0, length));
    }

    private int LookUpLongToken(ReadOnlySpan<char> token)
    {
        int cached = _tokens.Find(token);
        if (cached >= 0)
        {
            return _tokenTerms[cached];
        }

        int id = FilterToTerm(token);
        if (CanCacheToken)
        {
            int t = _tokens.GetOrAdd(token);
            if (t == _tokenTerms.Length)
            {
                Array.Resize(ref _tokenTerms, t * 2);
            }

            _tokenTerms[t] = id;
        }

        return id;
    }

    /// <summary>One token of the current document between the two passes.</summary>
    private struct DocumentToken
    {
        public ulong Low;
        public ulong High;
        public int Start;
        public int Length;
        public uint Hash;
    }

    /// <summary>Hands the tokenizer's tokens to the first pass (a struct, so the call per token is direct).</summary>
    private readonly ref struct CollectingSink(PartialInverter owner, ReadOnlySpan<char> text) : ITermSink
    {
        private readonly ReadOnlySpan<char> _text = text;

        public void Add(ReadOnlySpan<char> term) => owner.Collect(_text, term);
    }
}
