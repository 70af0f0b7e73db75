using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>Decoding of one front-coded group of terms.</summary>
public sealed unsafe partial class TermDictionary
{
    /// <summary>Walks the entries of one group in order, rebuilding each term from its predecessor.</summary>
    private ref struct GroupReader
    {
        private readonly long _end;
        private byte* _p;
        private long _ordinal;
        private long _postings;
        private long _nextBlock;
        private bool _first;

        public GroupReader(TermDictionary dictionary, long group)
        {
            var start = dictionary.GroupStart(group);
            _p = dictionary._terms.Pointer + start.TermsOffset;
            _ordinal = group * GroupSize;
            _end = Math.Min(dictionary.Count, _ordinal + GroupSize);
            _postings = start.PostingsOffset;
            _nextBlock = start.FirstBlock;
            _first = true;
        }

        /// <summary>Decodes the next term into <paramref name="term"/> (which holds the previous one); false past the group's end.</summary>
        public bool Next(scoped Span<byte> term, out int length, out TermInfo info)
        {
            if (_ordinal >= _end)
            {
                length = 0;
                info = default;
                return false;
            }

            byte lengths = *_p++;
            int prefix = lengths >> 4;
            int suffix = lengths & 15;
            if (prefix == 15)
            {
                prefix += (int)Varint.Read(ref _p);
            }

            if (suffix == 15)
            {
                suffix += (int)Varint.Read(ref _p);
            }

            new ReadOnlySpan<byte>(_p, suffix).CopyTo(term[prefix..]);
            _p += suffix;
            length = prefix + suffix;
            int df = (int)Varint.Read(ref _p);
            if (!_first)
            {
                _postings += (long)Varint.Read(ref _p);
            }

            _first = false;
            bool hasBlocks = df > Postings.BlockCodec.BlockSize;
            info = new TermInfo(df, _postings, hasBlocks ? _nextBlock : -1);
            if (hasBlocks)
            {
                _nextBlock += info.BlockCount;
            }

            _ordinal++;
            return true;
        }
    }
}
