using System.Text;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// A part's terms sorted as the index dictionary is: by UTF-8 bytes (ties, possible only for ill-formed UTF-16, by chars).
/// Each analysis thread sorts its own part when its input ends, so the sort runs in parallel and the parts merge linearly.
/// </summary>
internal sealed class TermOrder
{
    private readonly TermTable _terms;
    private readonly byte[] _utf8;
    private readonly int[] _offsets;

    public TermOrder(TermTable terms)
    {
        _terms = terms;
        int count = terms.Count;
        _offsets = new int[count + 1];
        for (int id = 0; id < count; id++)
        {
            _offsets[id + 1] = _offsets[id] + Encoding.UTF8.GetByteCount(terms.Chars(id));
        }

        _utf8 = new byte[_offsets[count]];
        for (int id = 0; id < count; id++)
        {
            Encoding.UTF8.GetBytes(terms.Chars(id), _utf8.AsSpan(_offsets[id]));
        }

        Sorted = new int[count];
        for (int id = 0; id < count; id++)
        {
            Sorted[id] = id;
        }

        Sorted.AsSpan().Sort(new Comparer(this));
    }

    /// <summary>The part's term ids in dictionary order.</summary>
    public int[] Sorted { get; }

    /// <summary>The UTF-8 bytes of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int id) => _utf8.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    /// <summary>Dictionary order between term <paramref name="id"/> here and term <paramref name="otherId"/> of <paramref name="other"/>.</summary>
    public int Compare(int id, TermOrder other, int otherId)
    {
        int c = Utf8(id).SequenceCompareTo(other.Utf8(otherId));
        return c != 0 ? c : _terms.Chars(id).SequenceCompareTo(other._terms.Chars(otherId));
    }

    /// <summary>A struct comparer, so the sort calls it directly.</summary>
    private readonly struct Comparer(TermOrder order) : IComparer<int>
    {
        public int Compare(int x, int y) => order.Compare(x, order, y);
    }
}
