using Quarry.Data.IO;
using Quarry.Neural.Tests.Onnx;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Encode;

/// <summary>`quarry encode` with a synthetic ONNX encoder: output, shards + merge, and dense search over the result.</summary>
public sealed class EncodeCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public EncodeCliTests()
    {
        TestEncoders.Write(Model, SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"), new TestEncoderSpec { Dim = 16, Layers = 1, NormalizeModule = true });
        File.WriteAllLines(Collection, TextInput.ReadLines(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz")).Take(120).Select(l => l.Text));
    }

    private string Model => _dir.File("model");

    private string Collection => _dir.File("collection.tsv");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Encode_Collection_OneNormalizedVectorPerPassageInOrder()
    {
        var result = CliProcess.Run("encode", "--model", Model, "--collection", Collection, "--output", _dir.File("v.qvec"), "--batch-size", "8", "--checkpoint-every", "50");
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var file = VectorFile.Open(_dir.File("v.qvec"));
        Assert.Equal(120, file.Count);
        Assert.Equal(16, file.Dim);
        Assert.True(file.IsNormalized);
        var ids = File.ReadLines(Collection).Select(l => l[..l.IndexOf('\t', StringComparison.Ordinal)]).ToList();
        Assert.Equal(ids, Enumerable.Range(0, 120).Select(file.Id));
        Assert.False(Directory.Exists(_dir.File("v.qvec") + ".parts"));
    }

    [Fact]
    public void Encode_ThreeShardsMerged_MatchUnshardedRun()
    {
        var whole = CliProcess.Run("encode", "--model", Model, "--collection", Collection, "--output", _dir.File("whole.qvec"), "--dtype", "fp16");
        Assert.True(whole.ExitCode == 0, whole.StdErr);
        var shards = new List<string>();
        for (int s = 0; s < 3; s++)
        {
            string path = _dir.File($"s{s}.qvec");
            var r = CliProcess.Run("encode", "--model", Model, "--collection", Collection, "--output", path, "--shard", $"{s}/3", "--dtype", "fp16");
            Assert.True(r.ExitCode == 0, r.StdErr);
            shards.Add(path);
        }

        var merge = CliProcess.Run(["encode", "merge", "--output", _dir.File("merged.qvec"), .. shards]);
        Assert.True(merge.ExitCode == 0, merge.StdErr);
        using var a = VectorFile.Open(_dir.File("whole.qvec"));
        using var b = VectorFile.Open(_dir.File("merged.qvec"));
        Assert.Equal(a.Count, b.Count);
        var x = new float[16];
        var y = new float[16];
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a.Id(i), b.Id(i));
            a.GetVector(i, x);
            b.GetVector(i, y);
            Assert.Equal(x, y, (p, q) => MathF.Abs(p - q) < 2e-3f);
        }
    }

    [Fact]
    public void Encode_ThenDenseSearch_RunsEndToEnd()
    {
        var encode = CliProcess.Run("encode", "--model", Model, "--collection", Collection, "--output", _dir.File("v.qvec"));
        Assert.True(encode.ExitCode == 0, encode.StdErr);
        File.WriteAllLines(_dir.File("topics.tsv"), File.ReadLines(Collection).Take(3).Select((l, i) => $"q{i}\t{l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]}"));
        var search = CliProcess.Run("search", "--dense", "--model", Model, "--vectors", _dir.File("v.qvec"), "--topics", _dir.File("topics.tsv"), "--output", _dir.File("run.txt"), "--hits", "5");
        Assert.True(search.ExitCode == 0, search.StdErr);
        var lines = File.ReadAllLines(_dir.File("run.txt"));
        Assert.Equal(15, lines.Length);

        // A passage's own text as the query finds that passage first (same encoder, no prefixes).
        var firstIds = File.ReadLines(Collection).Take(3).Select(l => l[..l.IndexOf('\t', StringComparison.Ordinal)]).ToList();
        for (int q = 0; q < 3; q++)
        {
            Assert.Equal(firstIds[q], lines.First(l => l.StartsWith($"q{q} ", StringComparison.Ordinal)).Split(' ')[2]);
        }
    }

    [Fact]
    public void Encode_BadShard_UsageError()
    {
        var result = CliProcess.Run("encode", "--model", Model, "--collection", Collection, "--output", _dir.File("v.qvec"), "--shard", "3/3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_Help_DescribesShardsAndResume()
    {
        var result = CliProcess.Run("encode", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--shard", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("--checkpoint-every", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("merge", result.StdOut, StringComparison.Ordinal);
    }
}
