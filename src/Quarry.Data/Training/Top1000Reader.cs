using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Streams MS MARCO `top1000.*.tsv` candidate files: `qid<TAB>pid<TAB>query<TAB>passage`.</summary>
public static class Top1000Reader
{
    private const string Layout = "qid<TAB>pid<TAB>query<TAB>passage";

    /// <summary>Streams the entries of <paramref name="path"/>, in file order.</summary>
    public static IEnumerable<Top1000Entry> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, $"'{Layout}' lines", (line, number, decoder) =>
        {
            Span<Range> f = stackalloc Range[4];
            TsvFields.Split(line, f, lastTakesRest: false, path, number, Layout);
            return new Top1000Entry(
                TsvFields.Id(line[f[0]], path, number, "query id"),
                TsvFields.Id(line[f[1]], path, number, "passage id"),
                decoder.Decode(line[f[2]], number),
                decoder.Decode(line[f[3]], number));
        });
}
