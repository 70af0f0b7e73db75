using System.Diagnostics;
using Quarry.Data.Collection;
using Quarry.Data.IO;

namespace Quarry.Bench.Data;

/// <summary>The two readers being compared; both produce (id, text) strings per line and touch every character count.</summary>
internal static class ReadModes
{
    public static (long Count, long Chars, double Seconds) Quarry(string path, bool repair)
    {
        var sw = Stopwatch.StartNew();
        long count = 0, chars = 0;
        foreach (var p in CollectionReader.Read(path, new ReadOptions { RepairMojibake = repair }))
        {
            count++;
            chars += p.Id.Length + p.Text.Length;
        }

        return (count, chars, sw.Elapsed.TotalSeconds);
    }

    public static (long Count, long Chars, double Seconds) Naive(string path)
    {
        var sw = Stopwatch.StartNew();
        long count = 0, chars = 0;
        foreach (string line in File.ReadLines(path))
        {
            string[] fields = line.Split('\t');
            count++;
            chars += fields[0].Length + fields[1].Length;
        }

        return (count, chars, sw.Elapsed.TotalSeconds);
    }
}
