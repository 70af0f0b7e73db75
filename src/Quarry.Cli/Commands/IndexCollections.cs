using Quarry.Cli.Hosting;
using Quarry.Data.Classic;
using Quarry.Data.Formats;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Cli.Commands;

/// <summary>Opens the collection `quarry index` reads: the common formats, plus the classic ones (CACM's HTML tarball, SMART files).</summary>
internal static class IndexCollections
{
    public const string FormatNames = CollectionFormats.Names + "|cacm-html|smart";

    public static IEnumerable<Passage> Open(string path, string format, ReadOptions options)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new UsageException($"--collection: {path} not found");
        }

        switch (format.Trim().ToLowerInvariant())
        {
            case "cacm-html":
                return CacmHtmlReader.Read(path);
            case "smart":
                return SmartFormat.Read(path).Select(r => new Passage(r.Id, r.Join('T', 'W')));
            default:
                try
                {
                    CollectionFormats.Parse(format);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"--format: unknown collection format '{format}'; expected {FormatNames}", e);
                }

                return CollectionFormats.Open(path, format, options);
        }
    }
}
