namespace Quarry.Mining.Sampling;

/// <summary>
/// SplitMix64 seeded from (seed, query id): each query draws from its own stream, so a query's negatives do not
/// depend on which thread, batch or shard handled it. Our own generator rather than System.Random, whose seeded
/// algorithm is not a documented contract.
/// </summary>
public sealed class QueryRandom
{
    private ulong _state;

    public QueryRandom(ulong seed, string queryId)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in queryId)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        _state = seed ^ Mix(h);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform integer in [0, bound) without modulo bias (Lemire's rejection on the high product).</summary>
    public int Next(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        ulong limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong r;
        do
        {
            r = NextUInt64();
        }
        while (r >= limit);
        return (int)(r % (ulong)bound);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
