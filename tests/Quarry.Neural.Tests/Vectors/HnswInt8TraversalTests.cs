using System.Numerics.Tensors;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Neural.Tests.Vectors;

public sealed class HnswInt8TraversalTests
{
    private static readonly HnswOptions Fast = new() { M = 12, EfConstruction = 80, EfSearch = 64 };

    [Fact]
    public void Search_Int8Walk_RecallAt10VsFlatAtLeast095AndCloseToFloat32Walk()
    {
        // dim 72: two 32-wide SIMD blocks and a scalar tail of 8 in the int8 kernel
        using var dir = new TempDir();
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), VectorTestData.Gaussian(6000, 72, 41)));
        var queries = VectorTestData.Gaussian(150, 72, 42);
        var exact = new FlatIndex(file).BatchSearch(queries, 10, 2);
        var hnsw = HnswIndex.Build(file, Fast with { M = 16, EfConstruction = 100, BuildThreads = 2, EfSearch = 200 });
        double int8 = Recall.AtK(hnsw.WithInt8Traversal(true).BatchSearch(queries, 10, 2), exact, 10);
        double float32 = Recall.AtK(hnsw.WithInt8Traversal(false).BatchSearch(queries, 10, 2), exact, 10);
        Assert.True(int8 >= 0.95, $"recall@10 with the int8 walk {int8} (float32 walk {float32})");
        Assert.True(Math.Abs(int8 - float32) <= 0.02, $"int8 walk {int8}, float32 walk {float32}");
    }

    [Fact]
    public void Search_Int8Walk_ReturnsExactFloat32ScoresBestFirst()
    {
        using var dir = new TempDir();
        var vectors = VectorTestData.Gaussian(3000, 40, 43);
        using var file = VectorFile.Open(VectorTestData.Write(dir.File("v.qvec"), vectors));
        var hnsw = HnswIndex.Build(file, Fast).WithInt8Traversal(true);
        foreach (var query in VectorTestData.Gaussian(20, 40, 44))
        {
            var hits = hnsw.Search(query, 10);
            Assert.Equal(10, hits.Length);
            for (int i = 0; i < hits.Length; i++)
            {
                Assert.Equal(TensorPrimitives.Dot<float>(query, vectors[hits[i].Index]), hits[i].Score);
                Assert.True(i == 0 || VectorHit.Compare(hits[i - 1], hits[i]) < 0);
            }
        }
    }

    [Fact]
    public unsafe void Int8Rows_Score_EqualsDotWithDequantizedRow()
    {
        var rows = VectorTestData.Gaussian(5, 53, 45); // 53: a SIMD block and an odd tail
        var flat = rows.SelectMany(r => r).ToArray();
        var query = VectorTestData.Gaussian(1, 53, 46)[0];
        fixed (float* source = flat)
        {
            var int8 = new HnswInt8Rows(source, 5, 53);
            for (int i = 0; i < 5; i++)
            {
                var q = new sbyte[53];
                float scale = Int8Quantizer.Quantize(rows[i], q);
                var back = new float[53];
                Int8Quantizer.Dequantize(q, scale, back);
                float expected = TensorPrimitives.Dot<float>(query, back);
                Assert.Equal(expected, int8.Score(query, i), 3);
                Assert.True(Math.Abs(expected - TensorPrimitives.Dot<float>(query, rows[i])) < 0.5, "int8 rows approximate the float rows");
            }
        }
    }
}
