using System.Text;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Tests.Support;

/// <summary>
/// The test oracle: Lucene 9 BM25 computed directly from token lists, document by document, with the float32 steps
/// of BM25Similarity written out, and ranked by score descending then id (UTF-8 bytes) ascending.
/// </summary>
public sealed class NaiveBm25
{
    private readonly List<(string Id, Dictionary<string, int> Tf, int Length)> _docs = [];
    private readonly Dictionary<string, List<int>> _docsWith = new(StringComparer.Ordinal);
    private long _totalTokens;
    private long _withTokens;

    public NaiveBm25(float k1 = 0.9f, float b = 0.4f, bool exactLengths = false)
    {
        K1 = k1;
        B = b;
        ExactLengths = exactLengths;
    }

    public float K1 { get; }

    public float B { get; }

    public bool ExactLengths { get; }

    public void Add(string id, IReadOnlyList<string> tokens)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in tokens)
        {
            tf[t] = tf.GetValueOrDefault(t) + 1;
        }

        foreach (string t in tf.Keys)
        {
            if (!_docsWith.TryGetValue(t, out var list))
            {
                _docsWith[t] = list = [];
            }

            list.Add(_docs.Count);
        }

        _docs.Add((id, tf, tokens.Count));
        _totalTokens += tokens.Count;
        if (tokens.Count > 0)
        {
            _withTokens++;
        }
    }

    public List<(string Id, float Score)> Search(IReadOnlyList<string> queryTokens, int k)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in queryTokens)
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }

        return Search(counts.Select(kv => (kv.Key, (float)kv.Value)).ToList(), k);
    }

    public List<(string Id, float Score)> Search(IReadOnlyList<(string Term, float Weight)> query, int k)
    {
        float avgdl = (float)(_totalTokens / (double)_withTokens);
        var scored = new List<(string Id, float Score)>();
        // Only documents holding a query term can score; each is then scored from its own term counts.
        var candidates = new SortedSet<int>();
        foreach (var (term, _) in query)
        {
            candidates.UnionWith(_docsWith.GetValueOrDefault(term) ?? []);
        }

        foreach (int d in candidates)
        {
            var (id, tf, length) = _docs[d];
            double sum = 0;
            bool any = false;
            foreach (var (term, count) in query)
            {
                if (!tf.TryGetValue(term, out int f))
                {
                    continue;
                }

                any = true;
                int df = _docsWith[term].Count;
                float idf = (float)Math.Log(1 + ((_withTokens - df + 0.5D) / (df + 0.5D)));
                float weight = count * idf;
                int dl = ExactLengths ? length : SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(length));
                float cache = 1f / (K1 * ((1 - B) + (B * dl / avgdl)));
                sum += weight - (weight / (1f + (f * cache)));
            }

            if (any)
            {
                scored.Add((id, (float)sum));
            }
        }

        scored.Sort((x, y) => x.Score != y.Score
            ? y.Score.CompareTo(x.Score)
            : Encoding.UTF8.GetBytes(x.Id).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y.Id)));
        return scored.Take(k).ToList();
    }
}
