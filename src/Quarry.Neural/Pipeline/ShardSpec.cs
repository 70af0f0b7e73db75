namespace Quarry.Neural.Pipeline;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based): the collection's lines are cut into <see cref="Count"/>
/// contiguous, nearly equal slices, so concatenating the shards in index order gives the unsharded output.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole collection.</summary>
    public static ShardSpec Whole => new(0, 1);

    /// <summary>Parses <c>i/N</c> (0 ≤ i &lt; N).</summary>
    public static ShardSpec Parse(string text)
    {
        int slash = text.IndexOf('/');
        if (slash > 0 && int.TryParse(text.AsSpan(0, slash), out int index) && int.TryParse(text.AsSpan(slash + 1), out int count)
            && count >= 1 && index >= 0 && index < count)
        {
            return new ShardSpec(index, count);
        }

        throw new FormatException($"shard '{text}': expected i/N with 0 <= i < N, e.g. 0/4");
    }

    /// <summary>The [start, end) line range of this shard in a collection of <paramref name="total"/> passages.</summary>
    public (long Start, long End) Range(long total) => (total * Index / Count, total * (Index + 1) / Count);

    public override string ToString() => $"{Index}/{Count}";
}
