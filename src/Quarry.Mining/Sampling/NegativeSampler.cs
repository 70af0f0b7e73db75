namespace Quarry.Mining.Sampling;

/// <summary>Picks K of the surviving candidates (given in rank order) and returns their positions, in rank order.</summary>
public static class NegativeSampler
{
    public static int[] Pick(int survivors, int k, SamplingStrategy strategy, QueryRandom random)
    {
        int take = Math.Min(k, survivors);
        var picked = new int[take];
        if (strategy == SamplingStrategy.Top || take == survivors)
        {
            for (int i = 0; i < take; i++)
            {
                picked[i] = i;
            }

            return picked;
        }

        // Partial Fisher-Yates over positions 0..survivors-1, then back to rank order.
        var positions = new int[survivors];
        for (int i = 0; i < survivors; i++)
        {
            positions[i] = i;
        }

        for (int i = 0; i < take; i++)
        {
            int j = i + random.Next(survivors - i);
            (positions[i], positions[j]) = (positions[j], positions[i]);
            picked[i] = positions[i];
        }

        Array.Sort(picked);
        return picked;
    }
}
