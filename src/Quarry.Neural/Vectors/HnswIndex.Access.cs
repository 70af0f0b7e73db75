using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Quarry.Neural.Vectors;

/// <summary>Reading rows and link lists: scoring (int8 or float32), prefetching, and link lists safe under a concurrent build.</summary>
public sealed partial class HnswIndex
{
    /// <summary>
    /// Copies the neighbours of <paramref name="node"/> not yet visited into <c>context.Pending</c> (marking them) and
    /// returns how many; during a concurrent build the list is read under the node's lock.
    /// </summary>
    private int GatherUnvisited(int node, int level, SearchContext context)
    {
        if (_locks is null)
        {
            return GatherUnvisited(Links(node, level), context);
        }

        lock (LockOf(node))
        {
            return GatherUnvisited(Links(node, level), context);
        }
    }

    private static int GatherUnvisited(ReadOnlySpan<int> links, SearchContext context)
    {
        var pending = context.Pending;
        int count = 0;
        int n = links[0];
        for (int i = 1; i <= n; i++)
        {
            if (context.Visit(links[i]))
            {
                pending[count++] = links[i];
            }
        }

        return count;
    }

    /// <summary>
    /// The similarity of a prepared query with a stored row: from the int8 copy during an int8 walk, else from the float32
    /// rows with the same arithmetic as flat search (so equal scores).
    /// </summary>
    private unsafe float Score(ReadOnlySpan<float> query, int node, SearchContext context) => context.Int8 is { } int8
        ? int8.Score(query, node)
        : _rows is not null
            ? System.Numerics.Tensors.TensorPrimitives.Dot(query, new ReadOnlySpan<float>(_rows + ((long)node * query.Length), query.Length))
            : _scorer.Score(query, node, context.Scratch);

    /// <summary>Asks the CPU to start loading a row (every cache line of it) before it is scored; a no-op when rows are decoded.</summary>
    private unsafe void Prefetch(int node, SearchContext context)
    {
        if (!_prefetch)
        {
            return;
        }

        var int8 = context.Int8;
        byte* row = int8 is null ? (byte*)_rows + ((long)node * _rowBytes) : int8.Row(node);
        int bytes = int8 is null ? _rowBytes : int8.RowBytes;
        for (int offset = 0; offset < bytes; offset += 64)
        {
            Sse.Prefetch0(row + offset);
        }

        Sse.Prefetch0(row + bytes - 1); // the row need not start on a cache line
    }

    /// <summary>Starts loading the layer-0 link list of a node (its first cache line holds the count and the first links).</summary>
    private unsafe void PrefetchLinks(int node)
    {
        if (Sse.IsSupported)
        {
            // A prefetch never faults, so an address the GC has since moved costs nothing but a wasted load.
            int* links = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_layer0)) + ((long)node * (_m0 + 1));
            Sse.Prefetch0(links);
            Sse.Prefetch0(links + _m0);
        }
    }

    /// <summary>
    /// Copies a node's links into <paramref name="buffer"/> (element 0 the count) and returns the count; during a
    /// concurrent build the copy is taken under the node's lock, so a reader never sees a half-rewritten list.
    /// </summary>
    private int CopyLinks(int node, int level, int[] buffer)
    {
        var links = Links(node, level);
        if (_locks is null)
        {
            links.CopyTo(buffer);
            return buffer[0];
        }

        lock (LockOf(node))
        {
            links.CopyTo(buffer);
        }

        return buffer[0];
    }
}
