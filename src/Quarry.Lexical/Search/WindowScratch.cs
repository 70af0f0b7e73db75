using System.Numerics;

namespace Quarry.Lexical.Search;

/// <summary>
/// One thread's window accumulator (a double per document, as Lucene sums term scores), its bitset of touched
/// documents, and the buffers of window bounds. Scorers leave the accumulator and bitset all zero, so a query never
/// clears a whole window, let alone the collection.
/// </summary>
internal sealed unsafe class WindowScratch
{
    /// <summary>64-bit words in the bitset.</summary>
    public const int Words = MaxScore.WindowSize / 64;

    [ThreadStatic]
    private static WindowScratch? t_current;

    private readonly double[] _accumulator = GC.AllocateArray<double>(MaxScore.WindowSize, pinned: true);
    private readonly ulong[] _touched = GC.AllocateArray<ulong>(Words, pinned: true);
    private float[] _bounds = new float[1024];
    private float[] _totals = new float[256];
    private PostingCursor[] _probes = new PostingCursor[16];

    private WindowScratch()
    {
        fixed (double* a = _accumulator)
        {
            Accumulator = a;
        }

        fixed (ulong* t = _touched)
        {
            Touched = t;
        }
    }

    public double* Accumulator { get; }

    public ulong* Touched { get; }

    /// <summary>
    /// This thread's scratch, taken away from it until <see cref="Return"/>: a query that fails midway leaves its
    /// scratch dirty and unreturned, and the next query on the thread starts from a new, clean one.
    /// </summary>
    public static WindowScratch Take()
    {
        var scratch = t_current ?? new WindowScratch();
        t_current = null;
        return scratch;
    }

    /// <summary>Gives back a scratch left all zero.</summary>
    public static void Return(WindowScratch scratch) => t_current = scratch;

    /// <summary>How many documents the bitset marks.</summary>
    public int CountTouched()
    {
        int count = 0;
        for (int w = 0; w < Words; w++)
        {
            count += BitOperations.PopCount(Touched[w]);
        }

        return count;
    }

    /// <summary>Room for <paramref name="length"/> probed lists.</summary>
    public PostingCursor[] Probes(int length)
    {
        if (_probes.Length < length)
        {
            _probes = new PostingCursor[length];
        }

        return _probes;
    }

    /// <summary>A zeroed buffer of <paramref name="length"/> per-list window bounds.</summary>
    public Span<float> Bounds(int length) => Zeroed(ref _bounds, length);

    /// <summary>A zeroed buffer of <paramref name="length"/> window totals.</summary>
    public Span<float> Totals(int length) => Zeroed(ref _totals, length);

    private static Span<float> Zeroed(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[Math.Max(length, buffer.Length * 2)];
        }

        var span = buffer.AsSpan(0, length);
        span.Clear();
        return span;
    }
}
