using System.Diagnostics;
using Quarry.Data.IO;
using Quarry.Neural.Models;
using Quarry.Neural.Pipeline;
using Quarry.Neural.Tests.Onnx;

namespace Quarry.Bench.Neural;

/// <summary>
/// Whole `encode` pipeline (read, tokenize, batch, run, pool, write) on a synthetic-weights encoder the size of
/// MiniLM-L6 (6 layers, 384 wide): what share of the wall time is spent outside ONNX Runtime.
/// </summary>
internal static class EncodingBench
{
    public static void Run(BenchOptions options)
    {
        string dir = Path.Combine(Path.GetTempPath(), "quarry-bench-neural-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string model = Path.Combine(dir, "model");
            TestEncoders.Write(model, options.Vocab, new TestEncoderSpec { Dim = options.Dim, Layers = options.Layers, FeedForward = 4 * options.Dim, NormalizeModule = true });
            string collection = Path.Combine(dir, "collection.tsv");
            File.WriteAllLines(collection, TextInput.ReadLines(options.Passages).Take(options.EncodePassages).Select(l => l.Text));

            using var encoder = BiEncoder.Load(model, new BiEncoderOptions
            {
                BatchSize = 32,
                MaxLength = options.MaxLength,
                Runtime = new OnnxRuntimeOptions { Threads = options.Threads },
            });
            CorpusEncoder.Run(encoder, collection, Path.Combine(dir, "warm.qvec"), new EncodeJobOptions { CheckpointEvery = 1000 }); // warm-up
            long before = encoder.OnnxRunTicks;
            var sw = Stopwatch.StartNew();
            CorpusEncoder.Run(encoder, collection, Path.Combine(dir, "v.qvec"), new EncodeJobOptions { CheckpointEvery = 1000 });
            double wall = sw.Elapsed.TotalSeconds;
            double inside = (encoder.OnnxRunTicks - before) / (double)Stopwatch.Frequency;
            Console.WriteLine($"encode: {options.EncodePassages} passages, synthetic encoder {options.Layers} layers x {options.Dim}, max length {options.MaxLength}, batch 32, threads {(options.Threads == 0 ? "all" : options.Threads)}");
            Console.WriteLine($"  wall {wall:F2} s ({options.EncodePassages / wall:F0} passages/s); inside ONNX Runtime {inside:F2} s; outside {wall - inside:F2} s = {100 * (wall - inside) / wall:F1}% of the time");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
