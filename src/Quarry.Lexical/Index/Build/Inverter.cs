namespace Quarry.Lexical.Index.Build;

/// <summary>
/// The whole collection's postings, seen through the parts the analysis threads inverted. Term ids are dictionary ranks
/// (UTF-8 order) from a linear merge of the parts' sorted terms; a term's postings are merged into document order when
/// drained, and drains in id order are decoded ahead on another thread. Memory is about the compressed size of the
/// postings (1-3 bytes each, in slices) plus one term table per part.
/// </summary>
internal sealed class Inverter : IDisposable
{
    private readonly PartialInverter[] _parts;

    // _local[p][id]: the term's id in part p, or -1.
    private readonly int[][] _local;
    private readonly int[] _df;
    private int[] _runDocs = [];
    private int[] _runTfs = [];
    private DrainAhead? _ahead;
    private int _nextDrain;

    public Inverter(PartialInverter[] parts)
    {
        _parts = parts;
        var orders = parts.Select(p => p.Order ?? throw new InvalidOperationException("a part was not sealed")).ToArray();
        int upper = parts.Sum(p => p.Terms.Count);
        _local = new int[parts.Length][];
        for (int p = 0; p < parts.Length; p++)
        {
            _local[p] = new int[upper];
        }

        var df = new int[upper];
        var next = new int[parts.Length];
        int count = 0;
        while (true)
        {
            // The smallest head among the parts is the next term; every part whose head is that term contributes to it.
            int best = -1;
            for (int p = 0; p < parts.Length; p++)
            {
                if (next[p] < orders[p].Sorted.Length && (best < 0 || Compare(orders, p, next[p], best, next[best]) < 0))
                {
                    best = p;
                }
            }

            if (best < 0)
            {
                break;
            }

            int bestHead = next[best];
            for (int p = 0; p < parts.Length; p++)
            {
                if (next[p] < orders[p].Sorted.Length && (p == best || Compare(orders, p, next[p], best, bestHead) == 0))
                {
                    int local = orders[p].Sorted[next[p]++];
                    _local[p][count] = local;
                    df[count] += parts[p].DocumentFrequency(local);
                }
                else
                {
                    _local[p][count] = -1;
                }
            }

            count++;
        }

        for (int p = 0; p < parts.Length; p++)
        {
            Array.Resize(ref _local[p], count);
        }

        Array.Resize(ref df, count);
        _df = df;
    }

    /// <summary>Postings per decode-ahead chunk (tests make it small to reach the long-term path).</summary>
    public int DrainChunkPostings { get; init; } = DrainAhead.DefaultChunkPostings;

    public int TermCount => _df.Length;

    /// <summary>The terms with their ids, in id order, which is dictionary (UTF-8) order.</summary>
    public IEnumerable<KeyValuePair<string, int>> Terms
    {
        get
        {
            for (int id = 0; id < _df.Length; id++)
            {
                int p = 0;
                while (_local[p][id] < 0)
                {
                    p++;
                }

                yield return new(new string(_parts[p].Terms.Chars(_local[p][id])), id);
            }
        }
    }

    public int DocumentFrequency(int id) => _df[id];

    /// <summary>Drops the term tables (and their chars) once the caller holds the terms elsewhere; postings stay.</summary>
    public void ForgetTerms()
    {
        foreach (var part in _parts)
        {
            part.ForgetTerms();
        }
    }

    /// <summary>
    /// Decodes one term's postings, in document order, into the given buffers (each at least its document frequency long).
    /// Drains in id order from 0 are served by a thread that decodes ahead; any other order is decoded on the spot.
    /// </summary>
    public void Drain(int id, Span<int> docs, Span<int> tfs)
    {
        if (id == _nextDrain)
        {
            _nextDrain++;
            _ahead ??= new DrainAhead(this, DrainChunkPostings);
            if (_ahead.TryTake(id, docs, tfs))
            {
                return;
            }
        }
        else
        {
            _nextDrain = -1;
            _ahead?.Dispose();
            _ahead = null;
        }

        Decode(id, docs, tfs);
    }

    public void Dispose() => _ahead?.Dispose();

    /// <summary>Decodes term <paramref name="id"/> from every part that holds it and merges the runs (thread-safe for distinct scratch).</summary>
    internal void Decode(int id, Span<int> docs, Span<int> tfs) => Decode(id, docs, tfs, ref _runDocs, ref _runTfs);

    internal void Decode(int id, Span<int> docs, Span<int> tfs, ref int[] runDocs, ref int[] runTfs)
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
                MergeRuns(docs[..(n + df)], tfs[..(n + df)], n, ref runDocs, ref runTfs);
            }

            n += df;
        }
    }

    private static int Compare(TermOrder[] orders, int p, int pHead, int q, int qHead) =>
        orders[p].Compare(orders[p].Sorted[pHead], orders[q], orders[q].Sorted[qHead]);

    /// <summary>Merges the sorted runs [0, split) and [split, end) of the span pair in place, through a scratch copy of the second run.</summary>
    private static void MergeRuns(Span<int> docs, Span<int> tfs, int split, ref int[] runDocs, ref int[] runTfs)
    {
        int second = docs.Length - split;
        if (docs[split - 1] < docs[split])
        {
            return;
        }

        if (runDocs.Length < second)
        {
            runDocs = new int[Math.Max(second, runDocs.Length * 2)];
            runTfs = new int[runDocs.Length];
        }

        docs[split..].CopyTo(runDocs);
        tfs[split..].CopyTo(runTfs);

        // Fill from the back: the larger of the two run tails goes last, so nothing unread is overwritten.
        int i = split - 1;
        int j = second - 1;
        for (int k = docs.Length - 1; j >= 0; k--)
        {
            if (i >= 0 && docs[i] > runDocs[j])
            {
                docs[k] = docs[i];
                tfs[k] = tfs[i];
                i--;
            }
            else
            {
                docs[k] = runDocs[j];
                tfs[k] = runTfs[j];
                j--;
            }
        }
    }
}
