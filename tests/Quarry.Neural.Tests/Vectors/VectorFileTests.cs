using Quarry.Data.IO;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Neural.Tests.Vectors;

public sealed class VectorFileTests
{
    private static float[][] RandomVectors(int count, int dim, int seed)
    {
        var rng = new Random(seed);
        var result = new float[count][];
        for (int i = 0; i < count; i++)
        {
            result[i] = new float[dim];
            for (int j = 0; j < dim; j++)
            {
                result[i][j] = (float)((rng.NextDouble() * 2) - 1);
            }
        }

        return result;
    }

    private static void Write(string path, float[][] vectors, VectorFileOptions? options = null, string prefix = "doc")
    {
        using var writer = new VectorFileWriter(path, vectors[0].Length, options);
        for (int i = 0; i < vectors.Length; i++)
        {
            writer.Add(prefix + i, vectors[i]);
        }

        writer.Commit();
    }

    [Fact]
    public void Float32_RoundTrip_ReturnsExactVectorsAndIds()
    {
        using var dir = new TempDir();
        var vectors = RandomVectors(100, 17, 1);
        Write(dir.File("v.qvec"), vectors, prefix: "pässage-");
        using var file = VectorFile.Open(dir.File("v.qvec"));
        Assert.Equal(100, file.Count);
        Assert.Equal(17, file.Dim);
        Assert.Equal(VectorDType.Float32, file.DType);
        Assert.False(file.IsNormalized);
        var buffer = new float[17];
        for (int i = 0; i < 100; i++)
        {
            file.GetVector(i, buffer);
            Assert.Equal(vectors[i], buffer);
            Assert.Equal("pässage-" + i, file.Id(i));
        }
    }

    [Fact]
    public void Float16_RoundTrip_WithinHalfPrecisionBound()
    {
        using var dir = new TempDir();
        var vectors = RandomVectors(50, 32, 2);
        Write(dir.File("v.qvec"), vectors, new VectorFileOptions { DType = VectorDType.Float16 });
        using var file = VectorFile.Open(dir.File("v.qvec"));
        var buffer = new float[32];
        for (int i = 0; i < 50; i++)
        {
            file.GetVector(i, buffer);
            for (int j = 0; j < 32; j++)
            {
                // half has a 10-bit mantissa: relative rounding error at most 2^-11
                Assert.True(Math.Abs(buffer[j] - vectors[i][j]) <= (Math.Abs(vectors[i][j]) * (1.0 / 2048)) + 1e-7, $"{buffer[j]} vs {vectors[i][j]}");
            }
        }
    }

    [Fact]
    public void Int8_RoundTrip_ErrorAtMostHalfAScaleStep()
    {
        using var dir = new TempDir();
        var vectors = RandomVectors(50, 32, 3);
        Write(dir.File("v.qvec"), vectors, new VectorFileOptions { DType = VectorDType.Int8 });
        using var file = VectorFile.Open(dir.File("v.qvec"));
        var buffer = new float[32];
        for (int i = 0; i < 50; i++)
        {
            float maxAbs = vectors[i].Max(Math.Abs);
            Assert.Equal(maxAbs / 127f, file.Scale(i), 6);
            file.GetVector(i, buffer);
            for (int j = 0; j < 32; j++)
            {
                Assert.True(Math.Abs(buffer[j] - vectors[i][j]) <= (maxAbs / 127f / 2f) + 1e-6f);
            }
        }
    }

    [Fact]
    public void Normalize_Option_StoresUnitVectorsAndSetsFlag()
    {
        using var dir = new TempDir();
        Write(dir.File("v.qvec"), [[3f, 4f], [0f, 2f]], new VectorFileOptions { Normalize = true });
        using var file = VectorFile.Open(dir.File("v.qvec"));
        Assert.True(file.IsNormalized);
        Assert.Equal([0.6f, 0.8f], file.Float32Row(0).ToArray());
        Assert.Equal([0f, 1f], file.Float32Row(1).ToArray());
    }

    [Fact]
    public void Open_TruncatedFile_IsRefusedWithFileName()
    {
        using var dir = new TempDir();
        Write(dir.File("v.qvec"), RandomVectors(10, 8, 4));
        byte[] bytes = File.ReadAllBytes(dir.File("v.qvec"));
        File.WriteAllBytes(dir.File("cut.qvec"), bytes[..^3]);
        var ex = Assert.Throws<InputFormatException>(() => VectorFile.Open(dir.File("cut.qvec")));
        Assert.Contains("cut.qvec", ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnfinishedWriterTempFile_IsRefused()
    {
        using var dir = new TempDir();
        using var writer = new VectorFileWriter(dir.File("v.qvec"), 256);
        foreach (var (v, i) in RandomVectors(3000, 256, 9).Select((v, i) => (v, i)))
        {
            writer.Add("d" + i, v); // 3 MB: more than the write buffer, so part of it is on disk
        }

        Assert.False(File.Exists(dir.File("v.qvec")));
        // copy what is on disk so far, as a crash would leave it
        var ex = Assert.Throws<InputFormatException>(() => OpenCopyOfTemp(writer.TempPath, dir.File("half.qvec")));
        Assert.Contains("incomplete", ex.Message, StringComparison.Ordinal);
    }

    private static VectorFile OpenCopyOfTemp(string temp, string copy)
    {
        using (var source = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var target = File.Create(copy))
        {
            source.CopyTo(target);
        }

        return VectorFile.Open(copy);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoFiles()
    {
        using var dir = new TempDir();
        using (var writer = new VectorFileWriter(dir.File("v.qvec"), 2))
        {
            writer.Add("a", [1f, 2f]);
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Open_ForeignFile_IsRefused()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("x.qvec"), new string('x', 200));
        var ex = Assert.Throws<InputFormatException>(() => VectorFile.Open(dir.File("x.qvec")));
        Assert.Contains("bad magic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Shards_ConcatenatesInShardOrder()
    {
        using var dir = new TempDir();
        var a = RandomVectors(5, 6, 5);
        var b = RandomVectors(7, 6, 6);
        var opts = new VectorFileOptions { DType = VectorDType.Int8 };
        Write(dir.File("s0.qvec"), a, opts, "a");
        Write(dir.File("s1.qvec"), b, opts, "b");
        int n = VectorFile.Merge([dir.File("s0.qvec"), dir.File("s1.qvec")], dir.File("all.qvec"));
        Assert.Equal(12, n);
        using var all = VectorFile.Open(dir.File("all.qvec"));
        using var s1 = VectorFile.Open(dir.File("s1.qvec"));
        Assert.Equal("a0", all.Id(0));
        Assert.Equal("b6", all.Id(11));
        Assert.Equal(s1.Int8Row(2).ToArray(), all.Int8Row(7).ToArray());
        Assert.Equal(s1.Scale(2), all.Scale(7));
    }

    [Fact]
    public void Merge_MismatchedDim_IsRefused()
    {
        using var dir = new TempDir();
        Write(dir.File("s0.qvec"), RandomVectors(2, 4, 7));
        Write(dir.File("s1.qvec"), RandomVectors(2, 5, 8));
        Assert.Throws<InputFormatException>(() => VectorFile.Merge([dir.File("s0.qvec"), dir.File("s1.qvec")], dir.File("all.qvec")));
        Assert.False(File.Exists(dir.File("all.qvec")));
    }
}
