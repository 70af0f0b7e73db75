namespace Quarry.Lexical.Index.Build;

/// <summary>
/// The whole collection's postings, seen through the parts the analysis threads inverted: one term id space over
/// all parts, and each term's postings merged into document order when drained. Memory is about the compressed size of
/// the postings (1-3 bytes each, in slices) plus one dictionary per part.
/// </summary>
internal sealed class Inverter
{
    private readonly PartialInverter[] _parts;
    private readonly TermTable _terms;

    // _local[p][id]: the term's id in part p, or -1; null for part 0, whose ids are the global ones (below its count).
    private readonly int[]?[] _local;
    private readonly int _firstPartCount;
    private readonly int[] _df;
    private int[] _runDocs = [];
    private int[] _runTfs = [];

    public Inverter(PartialInverter[] parts)
    {
        _parts = parts;
        _terms = parts[0].Terms;
        _firstPartCount = _terms.Count;
        _local = new int[]?[parts.Length];

        // Part 0's dictionary becomes the global one: other parts' terms are added to it behind part 0's own.
        for (int p = 1; p < parts.Length; p++)
        {
            var terms = parts[p].Terms;
            for (int id = 0; id < terms.Count; id++)
            {
                _terms.GetOrAdd(terms.Chars(id));
            }
        }

        _df = new int[_terms.Count];
        for (int id = 0; id < _firstPartCount; id++)
        {
            _df[id] = parts[0].DocumentFrequency(id);
        }

        for (int p = 1; p < parts.Length; p++)
        {
            int[] local = new int[_terms.Count];
            Array.Fill(local, -1);
            var terms = parts[p].Terms;
            for (int id = 0; id < terms.Count; id++)
            {
                int global = _terms.GetOrAdd(terms.Chars(id));
                local[global] = id;
                _df[global] += parts[p].DocumentFrequency(id);
            }

            _local[p] = local;
            parts[p].ForgetTerms();
        }
    }

    public int TermCount => _df.Length;

    /// <summary>The terms with their ids.</summary>
    public IEnumerable<KeyValuePair<string, int>> Terms
    {
        get
        {
            for (int id = 0; id < _terms.Count; id++)
            {
                yield return new(new string(_terms.Chars(id)), id);
            }
        }
    }

    public int DocumentFrequency(int id) => _df[id];

    /// <summary>Drops the term-to-id map (and its strings) once the caller holds the terms elsewhere; postings stay.</summary>
    public void ForgetTerms() => _parts[0].ForgetTerms();

    /// <summary>Decodes one term's postings, in document order, into the given buffers (each at least its document frequency long).</summary>
    public void Drain(int id, Span<int> docs, Span<int> tfs)
    {
        int n = 0;
        int runs = 0;
        for (int p = 0; p < _parts.Length; p++)
        {
            int local = LocalId(p, id);
            if (local < 0)
            {
                continue;
            }

            int df = _parts[p].DocumentFrequency(local);
            _parts[p].Read(local, docs.Slice(n, df), tfs.Slice(n, df));
            n += df;
            if (++runs > 1)
            {
                // Each part holds ascending documents, but parts interleave batch by batch: merge this run into the prefix.
                MergeRuns(docs[..n], tfs[..n], n - df);
            }
        }
    }

    private int LocalId(int part, int id) => _local[part] is { } map ? map[id] : id < _firstPartCount ? id : -1;

    /// <summary>Merges the sorted runs [0, split) and [split, end) of the span pair in place, through a scratch copy of the second run.</summary>
    private void MergeRuns(Span<int> docs, Span<int> tfs, int split)
    {
        int second = docs.Length - split;
        if (docs[split - 1] < docs[split])
        {
            return;
        }

        if (_runDocs.Length < second)
        {
            _runDocs = new int[Math.Max(second, _runDocs.Length * 2)];
            _runTfs = new int[_runDocs.Length];
        }

        docs[split..].CopyTo(_runDocs);
        tfs[split..].CopyTo(_runTfs);

        // Fill from the back: the larger of the two run tails goes last, so nothing unread is overwritten.
        int i = split - 1;
        int j = second - 1;
        for (int k = docs.Length - 1; j >= 0; k--)
        {
            if (i >= 0 && docs[i] > _runDocs[j])
            {
                docs[k] = docs[i];
                tfs[k] = tfs[i];
                i--;
            }
            else
            {
                docs[k] = _runDocs[j];
                tfs[k] = _runTfs[j];
                j--;
            }
        }
    }
}
