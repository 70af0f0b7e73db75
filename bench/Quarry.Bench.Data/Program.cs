using System.Diagnostics;
using Quarry.Bench.Data;

// Usage:
//   generate PATH [LINES]   writes a synthetic collection.tsv (default 8,841,823 lines of about 56 words, like MS MARCO)
//   quarry PATH             streams it through CollectionReader (what `quarry index` reads with)
//   quarry-repair PATH      the same with RepairMojibake on
//   naive PATH              the peer: File.ReadLines + string.Split('\t')
// Run each reading mode in its own process under `/usr/bin/time -v` to get its peak RSS.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Quarry.Bench.Data generate|quarry|quarry-repair|naive PATH [LINES]");
    return 2;
}

string mode = args[0];
string path = args[1];
if (mode == "generate")
{
    long lines = args.Length > 2 ? long.Parse(args[2]) : 8_841_823;
    var sw = Stopwatch.StartNew();
    long bytes = SyntheticCollection.Write(path, lines);
    Console.WriteLine($"generated {lines:N0} lines, {bytes:N0} bytes in {sw.Elapsed.TotalSeconds:F1} s");
    return 0;
}

var (count, chars, seconds) = mode switch
{
    "quarry" => ReadModes.Quarry(path, repair: false),
    "quarry-repair" => ReadModes.Quarry(path, repair: true),
    "naive" => ReadModes.Naive(path),
    _ => throw new ArgumentException("unknown mode " + mode),
};
double megabytes = new FileInfo(path).Length / 1e6;
Console.WriteLine($"{mode}\tpassages={count}\ttext_chars={chars}\tseconds={seconds:F2}\tMB/s={megabytes / seconds:F0}\tpassages/s={count / seconds:F0}");
return 0;
