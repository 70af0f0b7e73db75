namespace Quarry.Data.IO;

/// <summary>The loop every record-per-line writer shares: an atomic file, one call per record, a count.</summary>
internal static class OutputFiles
{
    /// <summary>Writes every item through an atomic file: the output appears only once all of it was written.</summary>
    public static long WriteAll<T>(string path, IEnumerable<T> items, Action<StreamWriter, T> writeOne)
    {
        using var output = new AtomicFileWriter(path);
        long count = 0;
        foreach (var item in items)
        {
            writeOne(output.Writer, item);
            count++;
        }

        output.Commit();
        return count;
    }
}
