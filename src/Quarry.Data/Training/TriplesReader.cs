using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Streams text training triples (MS MARCO `triples.train.small.tsv`): `query<TAB>positive<TAB>negative`.</summary>
public static class TriplesReader
{
    private const string Layout = "query<TAB>positive<TAB>negative";

    /// <summary>Streams the triples of <paramref name="path"/>.</summary>
    public static IEnumerable<Triple> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, $"'{Layout}' lines", (line, number, decoder) =>
        {
            Span<Range> f = stackalloc Range[3];
            TsvFields.Split(line, f, lastTakesRest: false, path, number, Layout);
            return new Triple(decoder.Decode(line[f[0]], number), decoder.Decode(line[f[1]], number), decoder.Decode(line[f[2]], number));
        });
}
