using System.Globalization;
using Quarry.Neural.Vectors;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.DenseSearch;

public sealed class DenseSearchTests
{
    private static float[][] SmallIntegers(int count, int dim, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dim).Select(_ => (float)rng.Next(-3, 4)).ToArray())];
    }

    private static void Write(string path, float[][] vectors, string prefix, VectorFileOptions? options = null)
    {
        using var writer = new VectorFileWriter(path, vectors[0].Length, options);
        for (int i = 0; i < vectors.Length; i++)
        {
            writer.Add(prefix + i.ToString(CultureInfo.InvariantCulture), vectors[i]);
        }

        writer.Commit();
    }

    private static Dictionary<string, List<string>> ReadRun(string path)
    {
        var run = new Dictionary<string, List<string>>();
        foreach (string line in File.ReadLines(path))
        {
            var f = line.Split(' ');
            if (!run.TryGetValue(f[0], out var docs))
            {
                run[f[0]] = docs = [];
            }

            docs.Add(f[2]);
            Assert.Equal(docs.Count.ToString(CultureInfo.InvariantCulture), f[3]);
        }

        return run;
    }

    private static (float[][] Passages, float[][] Queries) Setup(TempDir dir)
    {
        var passages = SmallIntegers(600, 8, 1);
        var queries = SmallIntegers(6, 8, 2);
        Write(dir.File("p.qvec"), passages, "p");
        Write(dir.File("q.qvec"), queries, "q");
        return (passages, queries);
    }

    [Fact]
    public void Search_QueryVectorsFlat_EqualsNaiveTopKWithTiesInFileOrder()
    {
        using var dir = new TempDir();
        var (passages, queries) = Setup(dir);
        var result = CliProcess.Run("search", "--dense", "--vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q.qvec"), "--hits", "10", "--output", dir.File("run.txt"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        var run = ReadRun(dir.File("run.txt"));
        for (int q = 0; q < queries.Length; q++)
        {
            var expected = passages
                .Select((p, i) => (Id: "p" + i.ToString(CultureInfo.InvariantCulture), Index: i, Score: p.Zip(queries[q], (a, b) => a * b).Sum()))
                .OrderByDescending(h => h.Score).ThenBy(h => h.Index).Take(10).Select(h => h.Id);
            Assert.Equal(expected, run["q" + q.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    [Fact]
    public void Search_Hnsw_BuildsIndexOnFirstUseThenReusesIt()
    {
        using var dir = new TempDir();
        Setup(dir);
        string[] common = ["search", "--dense", "--vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q.qvec"), "--hits", "10"];
        var flat = CliProcess.Run([.. common, "--output", dir.File("flat.txt")]);
        var first = CliProcess.Run([.. common, "--index", "hnsw", "--hnsw-path", dir.File("g.hnsw"), "--ef-search", "600", "--output", dir.File("h1.txt")]);
        var second = CliProcess.Run([.. common, "--index", "hnsw", "--hnsw-path", dir.File("g.hnsw"), "--ef-search", "600", "--threads", "2", "--output", dir.File("h2.txt")]);
        Assert.True(flat.ExitCode == 0 && first.ExitCode == 0 && second.ExitCode == 0, flat.StdErr + first.StdErr + second.StdErr);
        Assert.Contains("built HNSW", first.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("built HNSW", second.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("g.hnsw")));
        // with a candidate list as large as the collection, the graph search reaches every vector: exact results
        Assert.Equal(ReadRun(dir.File("flat.txt")), ReadRun(dir.File("h1.txt")));
        Assert.Equal(File.ReadAllText(dir.File("h1.txt")), File.ReadAllText(dir.File("h2.txt")));
    }

    [Fact]
    public void Search_HnswFloat32Walk_GivesTheExactResultsWithALargeCandidateList()
    {
        using var dir = new TempDir();
        Setup(dir);
        string[] common = ["search", "--dense", "--vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q.qvec"), "--hits", "10"];
        var flat = CliProcess.Run([.. common, "--output", dir.File("flat.txt")]);
        var walk = CliProcess.Run([.. common, "--index", "hnsw", "--hnsw-path", dir.File("g.hnsw"), "--ef-search", "600", "--hnsw-walk", "float32", "--output", dir.File("f32.txt")]);
        var bad = CliProcess.Run([.. common, "--index", "hnsw", "--hnsw-path", dir.File("g.hnsw"), "--hnsw-walk", "int4", "--output", dir.File("bad.txt")]);
        Assert.True(flat.ExitCode == 0 && walk.ExitCode == 0, flat.StdErr + walk.StdErr);
        Assert.Equal(ReadRun(dir.File("flat.txt")), ReadRun(dir.File("f32.txt")));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--hnsw-walk: expected int8 or float32, found 'int4'", bad.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("bad.txt")));
    }

    [Fact]
    public void Search_Int8WithRescoreVectors_GivesFullPrecisionScores()
    {
        using var dir = new TempDir();
        var (passages, queries) = Setup(dir);
        Write(dir.File("p8.qvec"), passages, "p", new VectorFileOptions { DType = VectorDType.Int8 });
        var exact = CliProcess.Run("search", "--dense", "--vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q.qvec"), "--hits", "5", "-o", dir.File("exact.txt"));
        var rescored = CliProcess.Run("search", "--dense", "--vectors", dir.File("p8.qvec"), "--rescore-vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q.qvec"), "--hits", "5", "-o", dir.File("int8.txt"));
        Assert.True(exact.ExitCode == 0 && rescored.ExitCode == 0, exact.StdErr + rescored.StdErr);
        var exactScores = File.ReadLines(dir.File("exact.txt")).Select(l => l.Split(' ')[4]).ToList();
        var rescoredScores = File.ReadLines(dir.File("int8.txt")).Select(l => l.Split(' ')[4]).ToList();
        Assert.Equal(exactScores, rescoredScores); // integer components: int8 keeps the order, rescoring restores exact scores
    }

    [Fact]
    public void Search_TruncatedVectorFile_FailsWithOneLineNamingIt()
    {
        using var dir = new TempDir();
        Setup(dir);
        var bytes = File.ReadAllBytes(dir.File("p.qvec"));
        File.WriteAllBytes(dir.File("cut.qvec"), bytes[..(bytes.Length / 2)]);
        var result = CliProcess.Run("search", "--dense", "--vectors", dir.File("cut.qvec"), "--query-vectors", dir.File("q.qvec"), "-o", dir.File("run.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cut.qvec", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("truncated", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("run.txt")));
    }

    [Fact]
    public void Search_QueryDimMismatch_FailsWithOneLine()
    {
        using var dir = new TempDir();
        Setup(dir);
        Write(dir.File("q5.qvec"), SmallIntegers(3, 5, 3), "q");
        var result = CliProcess.Run("search", "--dense", "--vectors", dir.File("p.qvec"), "--query-vectors", dir.File("q5.qvec"), "-o", dir.File("run.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dim 5", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_DenseWithoutQueries_AsksForModelOrQueryVectors()
    {
        using var dir = new TempDir();
        Setup(dir);
        var result = CliProcess.Run("search", "--dense", "--vectors", dir.File("p.qvec"), "-o", dir.File("run.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--query-vectors", result.StdErr, StringComparison.Ordinal);
    }
}
