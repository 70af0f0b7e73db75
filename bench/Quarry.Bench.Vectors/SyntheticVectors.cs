using Quarry.Neural.Vectors;

namespace Quarry.Bench.Vectors;

/// <summary>
/// Unit vectors standing in for sentence embeddings, which have a far lower intrinsic dimension than their width:
/// each vector is a fixed random 384 x 32 projection of a 32-d Gaussian latent, plus small isotropic noise, normalised.
/// (Uniform noise in 384-d would be the worst case for any graph index and unlike real embeddings.) Seeded.
/// </summary>
internal static class SyntheticVectors
{
    private const int Latent = 32;
    private const float Noise = 0.05f;

    /// <summary>Writes (or reuses) a file of <paramref name="count"/> vectors.</summary>
    public static string File(string dir, int count, int dim, int seed)
    {
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"synthetic-{count}x{dim}-s{seed}.qvec");
        if (System.IO.File.Exists(path))
        {
            return path;
        }

        var projection = Projection(dim);
        var rng = new Random(seed);
        using var writer = new VectorFileWriter(path, dim, new VectorFileOptions { Normalize = true });
        for (int i = 0; i < count; i++)
        {
            writer.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Next(rng, projection, dim));
        }

        writer.Commit();
        return path;
    }

    /// <summary>Queries from the same distribution (not copies of stored vectors).</summary>
    public static float[][] Queries(int count, int dim, int seed)
    {
        var projection = Projection(dim);
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Next(rng, projection, dim))];
    }

    private static float[][] Projection(int dim)
    {
        var rng = new Random(12345); // one projection for every file and query set
        return [.. Enumerable.Range(0, dim).Select(_ => Enumerable.Range(0, Latent).Select(_ => (float)Gaussian(rng)).ToArray())];
    }

    private static float[] Next(Random rng, float[][] projection, int dim)
    {
        var z = new float[Latent];
        for (int j = 0; j < Latent; j++)
        {
            z[j] = (float)Gaussian(rng);
        }

        var v = new float[dim];
        double norm = 0;
        for (int j = 0; j < dim; j++)
        {
            v[j] = System.Numerics.Tensors.TensorPrimitives.Dot<float>(projection[j], z) / MathF.Sqrt(Latent) + (Noise * (float)Gaussian(rng));
            norm += v[j] * v[j];
        }

        float inv = (float)(1 / Math.Sqrt(norm));
        for (int j = 0; j < dim; j++)
        {
            v[j] *= inv;
        }

        return v;
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
