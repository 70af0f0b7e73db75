using System.Runtime.CompilerServices;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// The whole collection's postings, seen through the parts the analysis threads inverted. Term ids are dictionary ranks
/// (UTF-8 order) from a linear merge of the parts' sorted terms; a term's postings are merged into document order when
/// decoded, which any number of threads may do at once. Memory is about the compressed size of the postings (1-3 bytes
/// each, in slices), 4 bytes per term per part, and once the parts' tables are dropped, the terms' UTF-8 bytes.
/// </summary>
internal sealed class Inverter : IDisposable
{
    private PartialInverter[] _parts;

    // The parts' sorted terms, while they are merged.
    private TermOrder[] _orders;

    // _local[p][id]: the term's id in part p, or -1.
    private int[][] _local;
    private readonly int[] _df;
    private readonly int _count;

    // The terms' UTF-8 bytes back to back in id order (a term's are [_termStarts[id], _termStarts[id + 1])): the
    // dictionary is written from them in order, after the parts have dropped their tables.
    private byte[] _termBytes = [];
    private int[] _termStarts;

    // The first id of each key range of the merge, for copying the terms' bytes on as many threads.
    private int[] _rangeFirstIds;
    private int[] _runDocs = [];
    private int[] _runTfs = [];

    public Inverter(PartialInverter[] parts)
    {
        _parts = parts;
        _orders = parts.Select(p => p.Order ?? throw new InvalidOperationException("a part was not sealed")).ToArray();
        int upper = parts.Sum(p => p.Terms.Count);
        _local = new int[parts.Length][];
        for (int p = 0; p < parts.Length; p++)
        {
            _local[p] = new int[upper];
        }

        var df = new int[upper];

        // Term id's byte length at [id + 1] while merging, then where each term's bytes start.
        var starts = new int[upper + 1];

        // The merge is cut into key ranges at terms of the largest part, one per build thread; each range is merged on
        // its own into its own stretch of the arrays, then the stretches are closed up in order. The arrays keep their
        // spare ends: copying them shorter would briefly hold both.
        var slices = Slices(parts.Length > 1 ? parts.Length : 1);
        var counts = new int[slices.Length - 1];
        var bases = new int[slices.Length];
        for (int s = 0; s + 1 < slices.Length; s++)
        {
            bases[s + 1] = bases[s] + Enumerable.Range(0, parts.Length).Sum(p => slices[s + 1][p] - slices[s][p]);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = counts.Length };
        Parallel.For(0, counts.Length, parallel, s => counts[s] = Merge(slices[s], slices[s + 1], bases[s], df, starts));
        var firstIds = new int[counts.Length + 1];
        for (int s = 0; s < counts.Length; s++)
        {
            int count = firstIds[s];
            for (int p = 0; p < parts.Length; p++)
            {
                Array.Copy(_local[p], bases[s], _local[p], count, counts[s]);
            }

            Array.Copy(df, bases[s], df, count, counts[s]);
            Array.Copy(starts, bases[s] + 1, starts, count + 1, counts[s]);
            firstIds[s + 1] = count + counts[s];
        }

        _count = firstIds[^1];
        for (int id = 0; id < _count; id++)
        {
            starts[id + 1] = checked(starts[id] + starts[id + 1]);
        }

        _df = df;
        _termStarts = starts;
        _rangeFirstIds = firstIds;
    }

    public int TermCount => _count;

    /// <summary>The number of analysis parts merged (the build's thread count).</summary>
    public int PartCount => _parts.Length;

    public int DocumentFrequency(int id) => _df[id];

    /// <summary>The UTF-8 bytes of term <paramref name="id"/>, once <see cref="ForgetTerms"/> has gathered them.</summary>
    public ReadOnlySpan<byte> Utf8(int id) => _orders.Length == 0
        ? _termBytes.AsSpan(_termStarts[id], _termStarts[id + 1] - _termStarts[id])
        : throw new InvalidOperationException("the terms' bytes are gathered by ForgetTerms");

    /// <summary>
    /// Drops the parts' term tables and token caches, then gathers the terms' UTF-8 bytes from the parts' sorted terms
    /// into one array in id order and drops those too; postings stay.
    /// </summary>
    public void ForgetTerms()
    {
        foreach (var part in _parts)
        {
            part.ForgetTerms();
        }

        if (_orders.Length == 0)
        {
            return;
        }

        // The tables just dropped are the largest things the build held besides the postings, and the write pass
        // allocates too little to make the collector look at them: collect now rather than hold both.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        int[] starts = _termStarts;
        int[] firstIds = _rangeFirstIds;
        _termBytes = new byte[starts[_count]];
        Parallel.For(0, firstIds.Length - 1, new ParallelOptions { MaxDegreeOfParallelism = firstIds.Length - 1 }, s =>
        {
            for (int id = firstIds[s]; id < firstIds[s + 1]; id++)
            {
                int p = 0;
                while (_local[p][id] < 0)
                {
                    p++;
                }

                _orders[p].Utf8(_local[p][id]).CopyTo(_termBytes.AsSpan(starts[id]));
            }
        });

        _orders = [];
    }

    /// <summary>Lets the collector have the postings and terms even while the caller still holds the inverter.</summary>
    public void Dispose()
    {
        _parts = [];
        _local = [];
        _termBytes = [];
        _termStarts = [0];
    }

    /// <summary>Decodes term <paramref name="id"/>'s postings, in document order, into buffers at least its document frequency long (one thread).</summary>
    public void Decode(int id, Span<int> docs, Span<int> tfs) => Decode(id, docs, tfs, ref _runDocs, ref _runTfs);

    /// <summary>Decodes term <paramref name="id"/> from every part that holds it and merges the runs (thread-safe for distinct scratch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(int id, Span<int> docs, Span<int> tfs, ref int[] runDocs, ref int[] runTfs)
    {
        int n = 0;
        for (int p = 0; p < _parts.Length; p++)
        {
            int local = _local[p][id];
            if (local < 0)
            {
                continue;
            }

            int df = _parts[p].DocumentFrequency(local);
            _parts[p].Read(local, docs.Slice(n, df), tfs.Slice(n, df));

            // Each part holds ascending documents, but parts interleave batch by batch: merge this run into the prefix.
            if (n > 0)
            {
                EncodeMerge.Runs(docs[..(n + df)], tfs[..(n + df)], n, ref runDocs, ref runTfs);
            }

            n += df;
        }
    }

    /// <summary>
    /// Positions in every part's sorted terms where each of <paramref name="count"/> key ranges starts, plus the ends:
    /// range s holds the terms from the largest part's (s/count)-th quantile term on.
    /// </summary>
    private int[][] Slices(int count)
    {
        int largest = 0;
        for (int p = 1; p < _orders.Length; p++)
        {
            largest = _orders[p].Sorted.Length > _orders[largest].Sorted.Length ? p : largest;
        }

        int size = _orders[largest].Sorted.Length;
        var slices = new int[count + 1][];
        for (int s = 0; s <= count; s++)
        {
            slices[s] = new int[_orders.Length];
            for (int p = 0; p < _orders.Length; p++)
            {
                slices[s][p] = s == 0 ? 0
                    : s == count ? _orders[p].Sorted.Length
                    : LowerBound(p, largest, (int)((long)size * s / count));
            }
        }

        return slices;
    }

    /// <summary>The first position of part <paramref name="p"/>'s sorted terms not before part <paramref name="q"/>'s term at <paramref name="qHead"/>.</summary>
    private int LowerBound(int p, int q, int qHead)
    {
        int lo = 0;
        int hi = _orders[p].Sorted.Length;
        while (lo < hi)
        {
            int mid = (int)(((uint)lo + (uint)hi) >> 1);
            if (Compare(p, mid, q, qHead) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Merges the parts' sorted terms from positions <paramref name="from"/> to <paramref name="to"/> into ids from
    /// <paramref name="first"/>, each id's byte length at <paramref name="lengths"/>[id + 1]; returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Merge(int[] from, int[] to, int first, int[] df, int[] lengths)
    {
        var next = (int[])from.Clone();
        var tied = new bool[_parts.Length];
        int id = first;
        while (true)
        {
            // The smallest head among the parts is the next term; every part whose head is that term contributes to it.
            int best = -1;
            for (int p = 0; p < _parts.Length; p++)
            {
                tied[p] = false;
                if (next[p] == to[p])
                {
                    continue;
                }

                int c = best < 0 ? -1 : Compare(p, next[p], best, next[best]);
                if (c < 0)
                {
                    tied.AsSpan(0, p).Clear();
                    best = p;
                }

                tied[p] = c <= 0;
            }

            if (best < 0)
            {
                return id - first;
            }

            lengths[id + 1] = _orders[best].Utf8(_orders[best].Sorted[next[best]]).Length;

            for (int p = 0; p < _parts.Length; p++)
            {
                if (tied[p])
                {
                    int local = _orders[p].Sorted[next[p]++];
                    _local[p][id] = local;
                    df[id] += _parts[p].DocumentFrequency(local);
                }
                else
                {
                    _local[p][id] = -1;
                }
            }

            id++;
        }
    }

    /// <summary>Dictionary order of two parts' terms: their UTF-8 bytes, and only for equal bytes that may stand for ill-formed UTF-16, their chars.</summary>
    private int Compare(int p, int pHead, int q, int qHead)
    {
        int pId = _orders[p].Sorted[pHead];
        int qId = _orders[q].Sorted[qHead];
        var pBytes = _orders[p].Utf8(pId);
        int c = pBytes.SequenceCompareTo(_orders[q].Utf8(qId));

        // Distinct well-formed strings have distinct UTF-8 bytes; ill-formed ones encode with U+FFFD (EF BF BD).
        return c != 0 || !pBytes.Contains((byte)0xEF) ? c : _orders[p].Compare(pId, _orders[q], qId);
    }
}
