namespace Quarry.Eval.Significance;

/// <summary>
/// A small, fast, fully specified pseudo-random generator (SplitMix64). Quarry uses its own generator rather than
/// <see cref="Random"/> so that a seed gives the same stream on every runtime version and platform.
/// </summary>
public sealed class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The generator of one independent stream: chunk <paramref name="index"/> of purpose <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static SplitMix64 ForChunk(ulong seed, ulong stream, long index) =>
        new(Mix(Mix(seed + stream * Gamma) ^ ((ulong)index * 0xD1B54A32D192ED03UL)));

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), by the multiply-high method (bias below 2^-40 for the sizes used here).</summary>
    public int NextInt(int bound) => (int)Math.BigMul(Next(), (ulong)bound, out _);

    /// <summary>SplitMix64's finalizer: a bijective mix of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
