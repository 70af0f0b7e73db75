using System.Globalization;
using Quarry.Bench.Vectors;
using Quarry.Neural.Vectors;

// Vector search benchmark: flat scan bandwidth vs a plain memory read of the same bytes, and HNSW vs flat, in one run.
var o = BenchOptions.Parse(args);
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"date {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, {Environment.OSVersion}, .NET {Environment.Version}"));
Console.WriteLine("command: dotnet run -c Release --project bench/Quarry.Bench.Vectors -- " + string.Join(' ', args));
var queries = SyntheticVectors.Queries(o.Queries, o.Dim, 2);

// 1. Flat scan vs plain read of the same mapped bytes (1 thread; CPU time, best of 5 alternating passes).
if (o.FlatCount > 0)
{
    using var vectors = VectorFile.Open(SyntheticVectors.File(o.WorkDir, o.FlatCount, o.Dim, 1));
    long bytes = (long)vectors.Count * vectors.Dim * 4;
    var flat = new FlatIndex(vectors);
    float sink = 0;
    Timing read = default, scan = default;
    for (int pass = 0; pass < 5; pass++)
    {
        var r = Timing.Of(() =>
        {
            for (int start = 0; start < vectors.Count; start += 100_000)
            {
                sink += MemoryBandwidth.Sum(vectors.Float32Rows(start, Math.Min(100_000, vectors.Count - start)));
            }
        });
        var s = Timing.Of(() => flat.Search(queries[pass], 10, 1));
        read = pass == 0 || r.CpuSeconds < read.CpuSeconds ? r : read;
        scan = pass == 0 || s.CpuSeconds < scan.CpuSeconds ? s : scan;
    }

    GC.KeepAlive(sink);
    Console.WriteLine(string.Create(inv, $"flat set: {vectors.Count} x {vectors.Dim} float32 = {bytes / 1e6:F0} MB, memory-mapped"));
    Console.WriteLine(string.Create(inv, $"plain read (SIMD sum), 1 thread: {bytes / read.CpuSeconds / 1e9:F2} GB/s per CPU-second (wall {bytes / read.WallSeconds / 1e9:F2} GB/s)"));
    Console.WriteLine(string.Create(inv, $"flat scan, 1 query, 1 thread: {bytes / scan.CpuSeconds / 1e9:F2} GB/s per CPU-second = {read.CpuSeconds / scan.CpuSeconds * 100:F0}% of the plain read (wall {bytes / scan.WallSeconds / 1e9:F2} GB/s)"));
    var batch = Timing.Of(() => flat.BatchSearch(queries, 10, o.Threads));
    Console.WriteLine(string.Create(inv, $"flat batched ({queries.Length} queries, 64 per pass, {o.Threads} threads): {queries.Length / batch.WallSeconds:F1} q/s wall, {queries.Length / batch.CpuSeconds:F1} q/s per CPU-second"));
}

// 2. HNSW vs flat single-query on the HNSW set (1 thread, CPU time).
string hnswPath = SyntheticVectors.File(o.WorkDir, o.HnswCount, o.Dim, 3);
using (var vectors = VectorFile.Open(hnswPath))
{
    var flat = new FlatIndex(vectors);
    VectorHit[][] exact = [];
    var flatTime = Timing.Of(() => exact = [.. queries.Select(q => flat.Search(q, 10, 1))]);
    double flatQps = queries.Length / flatTime.CpuSeconds;
    Console.WriteLine(string.Create(inv, $"HNSW set: {o.HnswCount} x {o.Dim}; flat single-query, 1 thread: {flatQps:F1} q/s per CPU-second (wall {queries.Length / flatTime.WallSeconds:F1})"));
    var index = GraphCache.BuildOrLoad(vectors, new HnswOptions { M = o.M, EfConstruction = o.EfConstruction, BuildThreads = o.Threads, Int8Traversal = o.BuildInt8 }, o.GraphCache);
    var warmup = SyntheticVectors.Queries(200, o.Dim, 4); // other queries, so that the timed ones find no rows cached by a warm-up
    foreach (string traversal in o.Traversal)
    {
        index.WithInt8Traversal(traversal == "int8");
        var first = Timing.Of(() => index.Search(warmup[0], 10));
        if (traversal == "int8")
        {
            Console.WriteLine(string.Create(inv, $"first int8 search (quantises the rows once, all cores): wall {first.WallSeconds:F2} s, CPU {first.CpuSeconds:F2} s"));
        }

        foreach (int ef in o.EfSearch)
        {
            index.WithEfSearch(ef);
            foreach (var q in warmup)
            {
                index.Search(q, 10);
            }

            VectorHit[][] approx = [];
            var t = Timing.Of(() => approx = [.. queries.Select(q => index.Search(q, 10))]);
            double qps = queries.Length / t.CpuSeconds;
            Console.WriteLine(string.Create(inv, $"HNSW efSearch={ef} ({traversal} walk): recall@10 vs flat {Recall.AtK(approx, exact, 10):F4}, {qps:F0} q/s per CPU-second (1 thread) = {qps / flatQps:F1}x flat"));
        }
    }
}

Console.WriteLine(string.Create(inv, $"process working set at the end {Environment.WorkingSet / 1e6:F0} MB, GC heap {GC.GetTotalMemory(false) / 1e6:F0} MB"));
