using System.Diagnostics;
using System.Globalization;
using Quarry.Bench.Vectors;
using Quarry.Neural.Vectors;

// Vector search benchmark: flat scan bandwidth vs memory bandwidth, and HNSW vs flat, in one run.
var o = BenchOptions.Parse(args);
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"date {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
Console.WriteLine("command: dotnet run -c Release --project bench/Quarry.Bench.Vectors -- " + string.Join(' ', args));

// 1. Memory bandwidth and flat scan bandwidth.
long flatBytes = (long)o.FlatCount * o.Dim * 4;
double mem1 = MemoryBandwidth.GigabytesPerSecond(flatBytes, 1);
double memN = MemoryBandwidth.GigabytesPerSecond(flatBytes, o.Threads);
Console.WriteLine(string.Create(inv, $"memory read bandwidth (SIMD sum of {flatBytes / 1e6:F0} MB): 1 thread {mem1:F2} GB/s, {o.Threads} threads {memN:F2} GB/s"));

string flatPath = SyntheticVectors.File(o.WorkDir, o.FlatCount, o.Dim, 1);
var queries = SyntheticVectors.Queries(o.Queries, o.Dim, 2);
using (var vectors = VectorFile.Open(flatPath))
{
    var flat = new FlatIndex(vectors);
    flat.Search(queries[0], 10, 1); // warm the page cache and the JIT
    var sw = Stopwatch.StartNew();
    int single = Math.Min(20, queries.Length);
    for (int q = 0; q < single; q++)
    {
        flat.Search(queries[q], 10, 1);
    }

    double perQuery1 = sw.Elapsed.TotalSeconds / single;
    sw.Restart();
    for (int q = 0; q < single; q++)
    {
        flat.Search(queries[q], 10, o.Threads);
    }

    double perQueryN = sw.Elapsed.TotalSeconds / single;
    sw.Restart();
    flat.BatchSearch(queries, 10, o.Threads);
    double batchQps = queries.Length / sw.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(inv, $"flat single query, 1 thread: {flatBytes / perQuery1 / 1e9:F2} GB/s scanned = {flatBytes / perQuery1 / 1e9 / mem1 * 100:F0}% of 1-thread memory bandwidth ({1 / perQuery1:F1} q/s)"));
    Console.WriteLine(string.Create(inv, $"flat single query, {o.Threads} threads: {flatBytes / perQueryN / 1e9:F2} GB/s = {flatBytes / perQueryN / 1e9 / memN * 100:F0}% of {o.Threads}-thread memory bandwidth ({1 / perQueryN:F1} q/s)"));
    Console.WriteLine(string.Create(inv, $"flat batched ({queries.Length} queries, 64 per pass, {o.Threads} threads): {batchQps:F1} q/s, effective {batchQps * flatBytes / 1e9:F1} GB/s of vectors scored"));
}

// 2. HNSW vs flat on the HNSW set.
string hnswPath = SyntheticVectors.File(o.WorkDir, o.HnswCount, o.Dim, 3);
using (var vectors = VectorFile.Open(hnswPath))
{
    var flat = new FlatIndex(vectors);
    var sw = Stopwatch.StartNew();
    var exact = queries.Select(q => flat.Search(q, 10, 1)).ToArray();
    double flatQps = queries.Length / sw.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(inv, $"HNSW set: {o.HnswCount} x {o.Dim}; flat single-query, 1 thread: {flatQps:F1} q/s"));
    sw.Restart();
    var index = HnswIndex.Build(vectors, new HnswOptions { M = o.M, EfConstruction = o.EfConstruction, BuildThreads = o.Threads });
    Console.WriteLine(string.Create(inv, $"HNSW build (M={o.M}, efConstruction={o.EfConstruction}, {o.Threads} threads): {sw.Elapsed.TotalSeconds:F1} s ({o.HnswCount / sw.Elapsed.TotalSeconds:F0} vectors/s)"));
    foreach (int ef in new[] { 16, 32, 64, 128, 256 })
    {
        index.WithEfSearch(ef);
        index.Search(queries[0], 10);
        sw.Restart();
        var approx = queries.Select(q => index.Search(q, 10)).ToArray();
        double qps = queries.Length / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(inv, $"HNSW efSearch={ef}: recall@10 vs flat {Recall.AtK(approx, exact, 10):F4}, {qps:F0} q/s (1 thread) = {qps / flatQps:F0}x flat"));
    }
}

Console.WriteLine(string.Create(inv, $"peak working set {Environment.WorkingSet / 1e6:F0} MB (process), GC heap {GC.GetTotalMemory(false) / 1e6:F0} MB"));
