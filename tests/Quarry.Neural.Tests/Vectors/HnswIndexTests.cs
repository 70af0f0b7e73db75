using Quarry.Data.IO;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Neural.Tests.Vectors;

public sealed class HnswIndexTests
{
    private static readonly HnswOptions Fast = new() { M = 12, EfConstruction = 80, EfSearch = 64 };

    [Fact]
    public void Search_10kRandomVectors_RecallAt10VsFlatAtLeast095()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(10_000, 24, 31)));
        var queries = VectorTestData.Gaussian(200, 24, 32);
        var exact = new FlatIndex(file).BatchSearch(queries, 10, 2);
        var hnsw = HnswIndex.Build(file, Fast);
        double recall = Recall.AtK(hnsw.BatchSearch(queries, 10, 2), exact, 10);
        Assert.True(recall >= 0.95, $"recall@10 {recall}");
        // a tiny candidate list must do worse: the test can tell a good graph from a bad search
        double poor = Recall.AtK(hnsw.WithEfSearch(1).BatchSearch(queries, 1, 1), new FlatIndex(file).BatchSearch(queries, 1, 1), 1);
        Assert.True(poor < 1.0);
    }

    [Fact]
    public void Build_FourThreads_RecallAt10VsFlatAtLeast095()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(6000, 24, 39)));
        var queries = VectorTestData.Gaussian(100, 24, 40);
        var exact = new FlatIndex(file).BatchSearch(queries, 10, 2);
        var hnsw = HnswIndex.Build(file, Fast with { BuildThreads = 4 });
        double recall = Recall.AtK(hnsw.BatchSearch(queries, 10, 2), exact, 10);
        Assert.True(recall >= 0.95, $"recall@10 {recall}");
    }

    [Fact]
    public void Build_SameSeed_ByteIdenticalGraphs()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(2000, 16, 33)));
        HnswIndex.Build(file, Fast).Save(dir.File("a.hnsw"));
        HnswIndex.Build(file, Fast).Save(dir.File("b.hnsw"));
        HnswIndex.Build(file, Fast with { Seed = 7 }).Save(dir.File("c.hnsw"));
        Assert.Equal(File.ReadAllBytes(dir.File("a.hnsw")), File.ReadAllBytes(dir.File("b.hnsw")));
        Assert.NotEqual(File.ReadAllBytes(dir.File("a.hnsw")), File.ReadAllBytes(dir.File("c.hnsw")));
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameResults()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(3000, 16, 34)));
        var queries = VectorTestData.Gaussian(20, 16, 35);
        var built = HnswIndex.Build(file, Fast with { Metric = VectorMetric.Cosine });
        built.Save(dir.File("g.hnsw"));
        var loaded = HnswIndex.Load(dir.File("g.hnsw"), file);
        Assert.Equal(VectorMetric.Cosine, loaded.Options.Metric);
        var a = built.BatchSearch(queries, 10, 1);
        var b = loaded.BatchSearch(queries, 10, 2);
        for (int q = 0; q < queries.Length; q++)
        {
            Assert.Equal(a[q], b[q]);
        }
    }

    [Fact]
    public void Load_OtherVectorFile_IsRefused()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(500, 8, 36)));
        using var other = VectorFile.Open(VectorTestData.Write(dir.File("w.qvec"), VectorTestData.Gaussian(501, 8, 37)));
        HnswIndex.Build(file, Fast).Save(dir.File("g.hnsw"));
        var ex = Assert.Throws<InputFormatException>(() => HnswIndex.Load(dir.File("g.hnsw"), other));
        Assert.Contains("rebuild the index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedIndex_IsRefused()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(500, 8, 38)));
        HnswIndex.Build(file, Fast).Save(dir.File("g.hnsw"));
        var bytes = File.ReadAllBytes(dir.File("g.hnsw"));
        File.WriteAllBytes(dir.File("cut.hnsw"), bytes[..^10]);
        var ex = Assert.Throws<InputFormatException>(() => HnswIndex.Load(dir.File("cut.hnsw"), file));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawLevels_M16_AboutOneInSixteenAboveZero()
    {
        var levels = HnswIndex.DrawLevels(100_000, 16, 1);
        double above = levels.Count(l => l > 0) / 100_000.0;
        Assert.InRange(above, 0.055, 0.07); // P(level >= 1) = 1/M = 0.0625
        Assert.Equal(levels, HnswIndex.DrawLevels(100_000, 16, 1));
    }
}
