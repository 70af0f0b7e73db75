using Quarry.Data.IO;
using Quarry.Neural.Models;
using Quarry.Neural.Pipeline;
using Quarry.Neural.Tests.Onnx;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Pipeline;

/// <summary>Encoding a collection: order, checkpoints and resumption, shards and their merge.</summary>
public sealed class CorpusEncoderTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _collection;
    private readonly List<(string Id, string Text)> _passages;
    private readonly BiEncoder _encoder;

    public CorpusEncoderTests()
    {
        _passages = Tokenization.TokenizationParityTests.FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 23);
        _collection = _dir.File("collection.tsv");
        File.WriteAllLines(_collection, _passages.Select(p => p.Id + "\t" + p.Text));
        string model = _dir.File("model");
        TestEncoders.Write(model, SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"), new TestEncoderSpec { Dim = 16, Layers = 1 });
        _encoder = BiEncoder.Load(model, new BiEncoderOptions { BatchSize = 4, MaxLength = 64 });
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Run_SmallCheckpoints_VectorsInCollectionOrderEqualDirectEncoding()
    {
        string output = _dir.File("all.qvec");
        var result = CorpusEncoder.Run(_encoder, _collection, output, new EncodeJobOptions { CheckpointEvery = 5 });
        Assert.True(result.Completed);
        Assert.Equal(23, result.Encoded);
        Assert.False(Directory.Exists(output + ".parts"), "checkpoints are removed once the output is complete");

        float[][] direct = _encoder.Encode([.. _passages.Select(p => p.Text)], isQuery: false);
        using var file = VectorFile.Open(output);
        Assert.Equal(23, file.Count);
        var row = new float[16];
        for (int i = 0; i < 23; i++)
        {
            Assert.Equal(_passages[i].Id, file.Id(i));
            file.GetVector(i, row);
            for (int k = 0; k < 16; k++)
            {
                Assert.Equal(direct[i][k], row[k], 1e-5f);
            }
        }
    }

    [Fact]
    public void Run_KilledThenRerun_ResumesFromCheckpointsAndMatchesUninterruptedBytes()
    {
        string whole = _dir.File("whole.qvec");
        CorpusEncoder.Run(_encoder, _collection, whole, new EncodeJobOptions { CheckpointEvery = 5 });

        string output = _dir.File("resumed.qvec");
        var first = CorpusEncoder.Run(_encoder, _collection, output, new EncodeJobOptions { CheckpointEvery = 5, StopAfterParts = 2 });
        Assert.False(first.Completed);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Directory.GetFiles(output + ".parts", "part-*.qvec").Length);

        // A temporary file left by the kill is ignored.
        File.WriteAllText(Path.Combine(output + ".parts", "part-000002.qvec.tmp-1-x"), "partial");
        var second = CorpusEncoder.Run(_encoder, _collection, output, new EncodeJobOptions { CheckpointEvery = 5 });
        Assert.True(second.Completed);
        Assert.Equal(10, second.Resumed);
        Assert.Equal(13, second.Encoded);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(output));
    }

    [Fact]
    public void Run_RerunWithOtherOptions_RefusesForeignCheckpoints()
    {
        string output = _dir.File("out.qvec");
        CorpusEncoder.Run(_encoder, _collection, output, new EncodeJobOptions { CheckpointEvery = 5, StopAfterParts = 1 });
        var ex = Assert.Throws<InputFormatException>(() =>
            CorpusEncoder.Run(_encoder, _collection, output, new EncodeJobOptions { CheckpointEvery = 7 }));
        Assert.Contains("different encode job", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VectorDType.Float32)]
    [InlineData(VectorDType.Int8)]
    public void Run_ShardsMerged_EqualUnshardedOutput(VectorDType dtype)
    {
        string whole = _dir.File($"whole-{dtype}.qvec");
        CorpusEncoder.Run(_encoder, _collection, whole, new EncodeJobOptions { CheckpointEvery = 4, DType = dtype });
        var shards = new List<string>();
        for (int s = 0; s < 3; s++)
        {
            string path = _dir.File($"shard{s}-{dtype}.qvec");
            CorpusEncoder.Run(_encoder, _collection, path, new EncodeJobOptions { CheckpointEvery = 4, DType = dtype, Shard = new ShardSpec(s, 3) });
            shards.Add(path);
        }

        string merged = _dir.File($"merged-{dtype}.qvec");
        string again = _dir.File($"again-{dtype}.qvec");
        Assert.Equal(23, VectorFile.Merge(shards, merged));
        VectorFile.Merge(shards, again);
        Assert.Equal(File.ReadAllBytes(merged), File.ReadAllBytes(again));

        using var a = VectorFile.Open(whole);
        using var b = VectorFile.Open(merged);
        var x = new float[16];
        var y = new float[16];
        for (int i = 0; i < 23; i++)
        {
            Assert.Equal(a.Id(i), b.Id(i));
            a.GetVector(i, x);
            b.GetVector(i, y);
            for (int k = 0; k < 16; k++)
            {
                Assert.Equal(x[k], y[k], dtype == VectorDType.Int8 ? 1e-2f : 1e-5f);
            }
        }
    }

    [Theory]
    [InlineData("0/3", 0, 7)]
    [InlineData("1/3", 7, 15)]
    [InlineData("2/3", 15, 23)]
    public void ShardSpec_Range_ContiguousSlices(string text, long start, long end)
    {
        Assert.Equal((start, end), ShardSpec.Parse(text).Range(23));
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1")]
    [InlineData("-1/2")]
    public void ShardSpec_Invalid_Throws(string text)
    {
        Assert.Throws<FormatException>(() => ShardSpec.Parse(text));
    }
}
