namespace Quarry.Neural.Vectors;

/// <summary>Choosing links: the neighbour-selection heuristic, and back links that re-select a full list.</summary>
public sealed partial class HnswIndex
{
    /// <summary>Adds a back link from <paramref name="node"/> to <paramref name="newcomer"/>, re-selecting when the list is full.</summary>
    private void Connect(int node, int newcomer, float score, int layer, SearchContext context)
    {
        if (_locks is null)
        {
            ConnectLocked(node, newcomer, score, layer, context);
            return;
        }

        lock (LockOf(node))
        {
            ConnectLocked(node, newcomer, score, layer, context);
        }
    }

    private void ConnectLocked(int node, int newcomer, float score, int layer, SearchContext context)
    {
        var links = Links(node, layer);
        int capacity = layer == 0 ? _m0 : _m;
        int count = links[0];
        if (count < capacity)
        {
            links[count + 1] = newcomer;
            links[0] = count + 1;
            return;
        }

        // Full: keep the heuristic's choice among the old links and the newcomer, as seen from this node.
        var basis = context.Basis;
        LoadPrepared(node, basis);
        var candidates = new List<(int Node, float Score)>(count + 1) { (newcomer, score) };
        Prefetch(links[1], context);
        for (int i = 1; i <= count; i++)
        {
            if (i < count)
            {
                Prefetch(links[i + 1], context);
            }

            candidates.Add((links[i], Score(basis, links[i], context)));
        }

        candidates.Sort(static (a, b) => VectorHit.Compare(new VectorHit(a.Node, a.Score), new VectorHit(b.Node, b.Score)));
        var kept = SelectNeighbors(candidates, capacity, context);
        links[0] = kept.Count;
        for (int i = 0; i < kept.Count; i++)
        {
            links[i + 1] = kept[i].Node;
        }
    }

    /// <summary>
    /// The paper's heuristic (Algorithm 4, without extension or kept pruned links): take candidates best first and keep one
    /// only when it is more similar to the base than to every neighbour already kept, which spreads links across directions.
    /// </summary>
    private List<(int Node, float Score)> SelectNeighbors(List<(int Node, float Score)> bestFirst, int capacity, SearchContext context)
    {
        if (bestFirst.Count <= capacity)
        {
            return bestFirst;
        }

        var kept = new List<(int Node, float Score)>(capacity);
        foreach (var candidate in bestFirst)
        {
            if (kept.Count >= capacity)
            {
                break;
            }

            LoadPrepared(candidate.Node, context.Vector);
            bool good = true;
            foreach (var (other, _) in kept)
            {
                if (Score(context.Vector, other, context) > candidate.Score)
                {
                    good = false;
                    break;
                }
            }

            if (good)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    /// <summary>A stored vector as a query (normalised for cosine).</summary>
    private void LoadPrepared(int node, float[] destination)
    {
        _scorer.File.GetVector(node, destination);
        if (Options.Metric == VectorMetric.Cosine)
        {
            float norm = System.Numerics.Tensors.TensorPrimitives.Norm<float>(destination);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(destination, norm, destination);
            }
        }
    }
}
