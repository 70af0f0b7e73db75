using System.Runtime.CompilerServices;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

internal sealed partial class TermsWriter
{
    /// <summary>
    /// A run of consecutive terms, starting at a group boundary, front-coded in memory exactly as terms.bin holds them;
    /// its offsets are relative to the run's first postings byte and first block entry, which the writer adds on append.
    /// Build threads fill segments in parallel.
    /// </summary>
    public sealed class Segment
    {
        private readonly ByteBuffer _bytes = new(1 << 14);
        private readonly List<(long TermsOffset, long PostingsOffset, long FirstBlock)> _groups = [];
        private byte[] _previous = new byte[64];
        private int _previousLength;
        private long _previousOffset;
        private long _nextBlock;

        public int Count { get; private set; }

        public int MaxTermBytes { get; private set; }

        /// <summary>The terms.bin bytes of the run.</summary>
        public ReadOnlySpan<byte> Bytes => _bytes.Written;

        /// <summary>Per group: where it starts in <see cref="Bytes"/>, and its first term's relative postings offset and block number.</summary>
        public IReadOnlyList<(long TermsOffset, long PostingsOffset, long FirstBlock)> Groups => _groups;

        public void Clear()
        {
            _bytes.Clear();
            _groups.Clear();
            _previousLength = 0;
            _previousOffset = 0;
            _nextBlock = 0;
            Count = 0;
            MaxTermBytes = 0;
        }

        /// <summary>Appends a term (in ascending UTF-8 byte order) with its postings offset and first block relative to the run.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<byte> utf8, TermInfo info)
        {
            int prefix = 0;
            bool head = Count % TermDictionary.GroupSize == 0;
            if (head)
            {
                // A group starts with its whole term so that lookups can binary-search group heads.
                _groups.Add((_bytes.Length, info.PostingsOffset, _nextBlock));
            }
            else
            {
                prefix = utf8.CommonPrefixLength(_previous.AsSpan(0, _previousLength));
            }

            if (info.HasBlockEntries && info.FirstBlock != _nextBlock)
            {
                throw new InvalidOperationException("block entries must follow dictionary order");
            }

            // Room for the header byte, two length varints, the suffix, and the df and offset varints.
            int suffix = utf8.Length - prefix;
            Span<byte> room = _bytes.Reserve(1 + 5 + 5 + suffix + 5 + 10);
            room[0] = (byte)((Math.Min(prefix, 15) << 4) | Math.Min(suffix, 15));
            int pos = 1;
            if (prefix >= 15)
            {
                pos = Varint.Write(room, pos, (ulong)(prefix - 15));
            }

            if (suffix >= 15)
            {
                pos = Varint.Write(room, pos, (ulong)(suffix - 15));
            }

            utf8[prefix..].CopyTo(room[pos..]);
            pos = Varint.Write(room, pos + suffix, (ulong)info.DocumentFrequency);
            if (!head)
            {
                pos = Varint.Write(room, pos, (ulong)(info.PostingsOffset - _previousOffset));
            }

            _bytes.Advance(pos);
            if (_previous.Length < utf8.Length)
            {
                _previous = new byte[Math.Max(utf8.Length, _previous.Length * 2)];
            }

            utf8.CopyTo(_previous);
            _previousLength = utf8.Length;
            _previousOffset = info.PostingsOffset;
            _nextBlock += info.HasBlockEntries ? info.BlockCount : 0;
            MaxTermBytes = Math.Max(MaxTermBytes, utf8.Length);
            Count++;
        }
    }
}
