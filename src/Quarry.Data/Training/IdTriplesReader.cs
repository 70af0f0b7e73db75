using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Streams id training triples (MS MARCO `qidpidtriples.train.full.tsv`): `qid<TAB>pos_pid<TAB>neg_pid`.</summary>
public static class IdTriplesReader
{
    private const string Layout = "qid<TAB>pos_pid<TAB>neg_pid";

    /// <summary>Streams the triples of <paramref name="path"/> (397M lines in the full file: never load it whole).</summary>
    public static IEnumerable<IdTriple> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, $"'{Layout}' lines", (line, number, _) =>
        {
            Span<Range> f = stackalloc Range[3];
            TsvFields.Split(line, f, lastTakesRest: false, path, number, Layout);
            return new IdTriple(
                TsvFields.Id(line[f[0]], path, number, "query id"),
                TsvFields.Id(line[f[1]], path, number, "positive passage id"),
                TsvFields.Id(line[f[2]], path, number, "negative passage id"));
        });
}
