using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Neural.Tests.Vectors;

public sealed class FlatIndexTests
{
    [Fact]
    public void Search_IntegerVectors_EqualsNaiveScanWithTiesByIndex()
    {
        using var dir = new TempDir();
        var data = VectorTestData.SmallIntegers(3000, 16, 11);
        var queries = VectorTestData.SmallIntegers(25, 16, 12);
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), data));
        var flat = new FlatIndex(file);
        foreach (var q in queries)
        {
            var expected = data
                .Select((v, i) => (Index: i, Score: v.Zip(q, (a, b) => a * b).Sum()))
                .OrderByDescending(h => h.Score).ThenBy(h => h.Index).Take(20).ToArray();
            var actual = flat.Search(q, 20);
            Assert.Equal(expected.Select(e => e.Index), actual.Select(a => a.Index));
            Assert.Equal(expected.Select(e => e.Score), actual.Select(a => a.Score));
        }
    }

    [Fact]
    public void BatchSearch_AnyThreadsBlocksAndBatches_IdenticalResults()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(5000, 48, 13)));
        var queries = VectorTestData.Gaussian(40, 48, 14);
        var baseline = new FlatIndex(file).BatchSearch(queries, 15, threads: 1);
        var variants = new[]
        {
            new FlatIndex(file, new FlatIndexOptions { BlockRows = 7, QueryBatch = 1 }).BatchSearch(queries, 15, threads: 3),
            new FlatIndex(file, new FlatIndexOptions { BlockRows = 1000, QueryBatch = 13 }).BatchSearch(queries, 15, threads: 4),
            queries.Select(q => new FlatIndex(file).Search(q, 15, threads: 2)).ToArray(),
        };
        foreach (var variant in variants)
        {
            for (int q = 0; q < queries.Length; q++)
            {
                Assert.Equal(baseline[q], variant[q]);
            }
        }
    }

    [Fact]
    public void Cosine_UnnormalisedFile_EqualsInnerProductOnNormalisedFile()
    {
        using var dir = new TempDir();
        var data = VectorTestData.Gaussian(800, 12, 15);
        using var raw = VectorFile.Open(VectorTestData.Write(dir.File("raw.qvec"), data));
        using var unit = VectorFile.Open(VectorTestData.Write(dir.File("unit.qvec"), data, new VectorFileOptions { Normalize = true }));
        var query = VectorTestData.Gaussian(1, 12, 16)[0];
        var cosine = new FlatIndex(raw, new FlatIndexOptions { Metric = VectorMetric.Cosine }).Search(query, 10);
        var scaled = query.Select(x => x * 3f).ToArray(); // query length must not matter for cosine
        var viaUnit = new FlatIndex(unit, new FlatIndexOptions { Metric = VectorMetric.Cosine }).Search(scaled, 10);
        Assert.Equal(cosine.Select(h => h.Index), viaUnit.Select(h => h.Index));
        for (int i = 0; i < cosine.Length; i++)
        {
            Assert.Equal(cosine[i].Score, viaUnit[i].Score, 5);
            Assert.InRange(cosine[i].Score, -1.0001f, 1.0001f);
        }
    }

    [Fact]
    public void Int8WithRescoring_RecoversExactTopKScores()
    {
        using var dir = new TempDir();
        var data = VectorTestData.Gaussian(4000, 64, 17);
        var queries = VectorTestData.Gaussian(50, 64, 18);
        using var full = VectorFile.Open(VectorTestData.Write(dir.File("f32.qvec"), data));
        using var int8 = VectorFile.Open(VectorTestData.Write(dir.File("i8.qvec"), data, new VectorFileOptions { DType = VectorDType.Int8 }));
        var exact = new FlatIndex(full).BatchSearch(queries, 10, 1);
        var approximate = new FlatIndex(int8).BatchSearch(queries, 10, 1);
        var rescored = new RescoringSearcher(new FlatIndex(int8), full, VectorMetric.InnerProduct).BatchSearch(queries, 10, 2);

        double approximateRecall = Recall.AtK(approximate, exact, 10);
        double rescoredRecall = Recall.AtK(rescored, exact, 10);
        Assert.InRange(approximateRecall, 0.8, 1.0);
        Assert.True(rescoredRecall >= 0.99, $"rescored recall {rescoredRecall}");
        Assert.True(rescoredRecall >= approximateRecall);
        // rescored scores are the full-precision ones
        for (int q = 0; q < queries.Length; q++)
        {
            foreach (var hit in rescored[q])
            {
                float dot = 0;
                for (int j = 0; j < 64; j++)
                {
                    dot += data[hit.Index][j] * queries[q][j];
                }

                Assert.Equal(dot, hit.Score, 3);
            }
        }
    }

    [Fact]
    public void Float16_Search_NearlyMatchesFloat32()
    {
        using var dir = new TempDir();
        var data = VectorTestData.Gaussian(3000, 32, 19);
        var queries = VectorTestData.Gaussian(30, 32, 20);
        using var full = VectorFile.Open(VectorTestData.Write(dir.File("f32.qvec"), data));
        using var half = VectorFile.Open(VectorTestData.Write(dir.File("f16.qvec"), data, new VectorFileOptions { DType = VectorDType.Float16 }));
        double recall = Recall.AtK(new FlatIndex(half).BatchSearch(queries, 10, 1), new FlatIndex(full).BatchSearch(queries, 10, 1), 10);
        Assert.True(recall >= 0.98, $"fp16 recall {recall}");
    }

    [Fact]
    public void Search_WrongQueryDim_Throws()
    {
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(10, 8, 21)));
        Assert.Throws<ArgumentException>(() => new FlatIndex(file).Search(new float[7], 3));
    }
}
