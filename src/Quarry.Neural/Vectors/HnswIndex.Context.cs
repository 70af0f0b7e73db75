namespace Quarry.Neural.Vectors;

/// <summary>Per-thread search state, allocated once per thread (pooled for single queries) and reused by every search.</summary>
public sealed partial class HnswIndex
{
    /// <summary>Visited marks by generation (no clearing per search), both heaps, and link and vector buffers.</summary>
    private sealed class SearchContext(int count, int dim, int maxLinks)
    {
        private readonly int[] _visited = new int[count];
        private int _generation;

        public HnswHeap<BestOnTop> Candidates { get; } = new(256);

        public HnswHeap<WorstOnTop> Results { get; } = new(256);

        public float[] Scratch { get; } = new float[dim];

        /// <summary>The int8 rows scores are taken from, or null for the exact rows.</summary>
        public HnswInt8Rows? Int8 { get; set; }

        /// <summary>A copy of the link list being followed.</summary>
        public int[] Links { get; } = new int[maxLinks + 1];

        /// <summary>The not yet visited neighbours of the node being expanded, scored next.</summary>
        public int[] Pending { get; } = new int[maxLinks];

        /// <summary>Holds a stored vector while the build compares it with others.</summary>
        public float[] Vector { get; } = new float[dim];

        /// <summary>Holds the vector of a node whose full link list the build re-selects.</summary>
        public float[] Basis { get; } = new float[dim];

        public void NextVisit()
        {
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_visited);
                _generation = 1;
            }
        }

        /// <summary>Marks <paramref name="node"/> visited; false when it already was in this search.</summary>
        public bool Visit(int node)
        {
            ref int mark = ref _visited[node];
            if (mark == _generation)
            {
                return false;
            }

            mark = _generation;
            return true;
        }
    }
}
