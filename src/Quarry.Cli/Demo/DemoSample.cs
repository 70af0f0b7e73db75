using System.Reflection;
using Quarry.Data.IO;

namespace Quarry.Cli.Demo;

/// <summary>
/// The sample collection embedded in the CLI, written for Quarry: 300 short passages in 25 topical clusters, 50 queries,
/// sparse binary "dev" qrels (one relevant passage per query, as MS MARCO) and graded "DL" qrels (0-3, about 12 judged per
/// query, as TREC DL), all in MS MARCO formats.
/// </summary>
internal static class DemoSample
{
    public const string Collection = "collection.tsv";
    public const string Queries = "queries.tsv";
    public const string DevQrels = "qrels.dev.tsv";
    public const string DlQrels = "qrels.dl.tsv";

    /// <summary>Passages in the embedded collection (for progress bars).</summary>
    public const int PassageCount = 300;

    private static readonly string[] Files = [Collection, Queries, DevQrels, DlQrels];

    /// <summary>Writes the sample files into <paramref name="directory"/> (atomically, replacing older copies) and returns their paths by name.</summary>
    public static IReadOnlyDictionary<string, string> Extract(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(DemoSample).Assembly;
        foreach (string file in Files)
        {
            using var resource = Open(assembly, file);
            string path = Path.Combine(directory, file);
            using (var output = new AtomicFileWriter(path))
            {
                resource.CopyTo(output.Stream);
                output.Commit();
            }

            paths[file] = path;
        }

        return paths;
    }

    private static Stream Open(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream("Quarry.Demo." + file)
        ?? throw new InvalidOperationException($"the demo resource '{file}' is missing from this build");
}
