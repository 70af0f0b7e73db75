using System.Text;

namespace Quarry.Bench.Data;

/// <summary>
/// Writes a collection shaped like MS MARCO's collection.tsv: sequential pids, about 56 words per passage drawn from a
/// Zipf-like vocabulary, and now and then MS MARCO's double-encoded right quote (â U+0080 U+0099).
/// </summary>
internal static class SyntheticCollection
{
    public static long Write(string path, long lines)
    {
        var random = new Random(42);
        string[] vocabulary = [.. Enumerable.Range(0, 50_000).Select(i => Word(i, random))];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(file, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var line = new StringBuilder(1024);
        for (long pid = 0; pid < lines; pid++)
        {
            line.Clear().Append(pid).Append('\t');
            int words = 28 + random.Next(57);
            for (int w = 0; w < words; w++)
            {
                if (w > 0)
                {
                    line.Append(' ');
                }

                // Squaring a uniform draw skews it toward low ranks, a cheap stand-in for Zipf.
                double u = random.NextDouble();
                line.Append(vocabulary[(int)(u * u * vocabulary.Length)]);
                if (random.Next(400) == 0)
                {
                    line.Append("\u00E2\u0080\u0099s");
                }
            }

            line.Append('.');
            writer.WriteLine(line);
        }

        writer.Flush();
        return file.Length;
    }

    private static string Word(int rank, Random random)
    {
        int length = Math.Clamp(2 + (int)Math.Log2(rank + 2) / 2 + random.Next(4), 1, 14);
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }
}
