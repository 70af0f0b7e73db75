using Quarry.Bench.Neural;

// Usage: dotnet run -c Release --project bench/Quarry.Bench.Neural -- [--data DIR] [--passages N] [--layers L] [--dim D] [--threads T]
// DIR is the shared test data folder (default: ../shared/data beside the repository, or $QUARRY_DATA).
var options = BenchOptions.Parse(args);
Console.WriteLine($"# Quarry.Bench.Neural  {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC  {Environment.ProcessorCount} cores  {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
TokenizationBench.Run(options);
EncodingBench.Run(options);
