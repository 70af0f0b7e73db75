using Quarry.Lexical.Analysis;
using Quarry.Lexical.Search;

namespace Quarry.Lexical.Feedback;

/// <summary>
/// RM3 as Anserini's Rm3Reranker computes it: the top fbDocs documents' term vectors (terms of 2-20 characters in
/// [a-z0-9], in at most 10% of the documents), each pruned to fbTerms, weighted by tf/|d| × score, pruned to fbTerms,
/// L1-normalised and interpolated with the L1-normalised query. Term vectors come from re-analyzing the stored text.
/// Ties in pruning are broken by term (Anserini leaves them to hash order).
/// </summary>
internal static class Rm3Expander
{
    public static List<(string Term, float Weight)> Expand(Bm25Searcher searcher, List<(string Term, float Weight)> query, Rm3Options options, IAnalyzer analyzer)
    {
        var store = searcher.Index.DocStore
            ?? throw new InvalidOperationException("RM3 needs the document texts: build the index with --store-docs");
        var feedback = searcher.SearchWeighted(query, options.FbDocs);

        float queryLength = 0;
        foreach (var (_, w) in query)
        {
            queryLength += w;
        }

        var queryVector = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (t, w) in query)
        {
            queryVector[t] = (float)(w / (double)queryLength);
        }

        var vectors = new Dictionary<string, float>[feedback.Length];
        var vocab = new SortedSet<string>(StringComparer.Ordinal);
        var tokens = new List<string>();
        for (int i = 0; i < feedback.Length; i++)
        {
            tokens.Clear();
            analyzer.Analyze(store.GetText(feedback[i].Doc), tokens);
            var counts = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (string t in tokens)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }

            var vector = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var (term, tf) in counts)
            {
                if (Eligible(searcher.Index, term))
                {
                    vector[term] = tf;
                }
            }

            vectors[i] = Prune(vector, options.FbTerms);
            vocab.UnionWith(vectors[i].Keys);
        }

        var norms = new float[vectors.Length];
        for (int i = 0; i < vectors.Length; i++)
        {
            double n = 0;
            foreach (float w in vectors[i].Values)
            {
                n += Math.Abs(w);
            }

            norms[i] = (float)n;
        }

        var model = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string term in vocab)
        {
            float weight = 0f;
            for (int i = 0; i < vectors.Length; i++)
            {
                if (norms[i] > 0.001f)
                {
                    weight += vectors[i].GetValueOrDefault(term) / norms[i] * feedback[i].Score;
                }
            }

            model[term] = weight;
        }

        model = ScaleToUnitL1(Prune(model, options.FbTerms));
        var union = new SortedSet<string>(queryVector.Keys, StringComparer.Ordinal);
        union.UnionWith(model.Keys);
        var expanded = new List<(string, float)>(union.Count);
        float x = options.OriginalQueryWeight;
        foreach (string term in union)
        {
            expanded.Add((term, (float)((x * queryVector.GetValueOrDefault(term)) + ((1.0 - x) * model.GetValueOrDefault(term)))));
        }

        return expanded;
    }

    private static bool Eligible(LexicalIndex index, string term)
    {
        if (term.Length < 2 || term.Length > 20)
        {
            return false;
        }

        foreach (char c in term)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        int df = index.Terms.TryGet(term, out var info) ? info.DocumentFrequency : 0;
        return (float)df / index.DocumentCount <= 0.1f;
    }

    private static Dictionary<string, float> Prune(Dictionary<string, float> vector, int k)
    {
        var pairs = new List<KeyValuePair<string, float>>(vector);
        pairs.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var pruned = new Dictionary<string, float>(StringComparer.Ordinal);
        for (int i = 0; i < pairs.Count && pruned.Count < k; i++)
        {
            pruned[pairs[i].Key] = pairs[i].Value;
        }

        return pruned;
    }

    private static Dictionary<string, float> ScaleToUnitL1(Dictionary<string, float> vector)
    {
        double norm = 0;
        foreach (float w in vector.Values)
        {
            norm += Math.Abs(w);
        }

        var scaled = new Dictionary<string, float>(vector.Count, StringComparer.Ordinal);
        foreach (var (t, w) in vector)
        {
            scaled[t] = (float)(w / norm);
        }

        return scaled;
    }
}
