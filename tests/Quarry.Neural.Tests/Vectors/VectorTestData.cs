using Quarry.Neural.Vectors;

namespace Quarry.Neural.Tests.Vectors;

/// <summary>Seeded random vectors and vector files for the search tests.</summary>
internal static class VectorTestData
{
    public static float[][] Gaussian(int count, int dim, int seed)
    {
        var rng = new Random(seed);
        var result = new float[count][];
        for (int i = 0; i < count; i++)
        {
            result[i] = new float[dim];
            for (int j = 0; j < dim; j++)
            {
                // Box-Muller
                double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
                result[i][j] = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }
        }

        return result;
    }

    /// <summary>Small integer components, so float dot products are exact and ties are frequent.</summary>
    public static float[][] SmallIntegers(int count, int dim, int seed)
    {
        var rng = new Random(seed);
        var result = new float[count][];
        for (int i = 0; i < count; i++)
        {
            result[i] = new float[dim];
            for (int j = 0; j < dim; j++)
            {
                result[i][j] = rng.Next(-2, 3);
            }
        }

        return result;
    }

    public static string Write(string path, float[][] vectors, VectorFileOptions? options = null)
    {
        using var writer = new VectorFileWriter(path, vectors[0].Length, options);
        for (int i = 0; i < vectors.Length; i++)
        {
            writer.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), vectors[i]);
        }

        writer.Commit();
        return path;
    }
}
