using Quarry.Bench.Neural;

// Usage: dotnet run -c Release --project bench/Quarry.Bench.Neural -- [--data DIR] [--passages N] [--layers L] [--dim D] [--threads T]
// DIR is the shared test data folder (default: ../shared/data beside the repository, or $QUARRY_DATA).
// Or: ... -- write-model DIR [--layers L] [--dim D]: writes the synthetic-weights encoder folder for whole-command runs.
if (args.Length >= 2 && args[0] == "write-model")
{
    var o = BenchOptions.Parse(args[2..]);
    Quarry.Neural.Tests.Onnx.TestEncoders.Write(args[1], o.Vocab, new Quarry.Neural.Tests.Onnx.TestEncoderSpec { Dim = o.Dim, Layers = o.Layers, FeedForward = 4 * o.Dim, NormalizeModule = true });
    Console.WriteLine($"synthetic encoder ({o.Layers} layers x {o.Dim}) -> {args[1]}");
    return;
}

var options = BenchOptions.Parse(args);
Console.WriteLine($"# Quarry.Bench.Neural  {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC  {Environment.ProcessorCount} cores  {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
TokenizationBench.Run(options);
EncodingBench.Run(options);
