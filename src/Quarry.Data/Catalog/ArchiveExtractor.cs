using System.Formats.Tar;
using System.IO.Compression;

namespace Quarry.Data.Catalog;

/// <summary>
/// Unpacks downloaded archives (`.tar.gz`, `.tgz`, `.tar`, `.zip`) next to them. Entries are written into a hidden temporary
/// folder first and moved into place only when the whole archive unpacked, so an interrupted extraction leaves nothing
/// half-written under the final names. Entries that would land outside the destination are refused by the .NET extractors.
/// </summary>
public static class ArchiveExtractor
{
    /// <summary>Whether <paramref name="fileName"/> names an archive this class unpacks.</summary>
    public static bool IsArchive(string fileName) =>
        fileName.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unpacks <paramref name="archive"/> into <paramref name="destination"/>; returns the top-level names it placed there.</summary>
    public static IReadOnlyList<string> Extract(string archive, string destination)
    {
        Directory.CreateDirectory(destination);
        string staging = Path.Combine(destination, $".extract-{Path.GetFileName(archive)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            Unpack(archive, staging);
            var placed = new List<string>();
            foreach (string entry in Directory.EnumerateFileSystemEntries(staging).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(entry);
                string target = Path.Combine(destination, name);
                if (Directory.Exists(entry))
                {
                    if (Directory.Exists(target))
                    {
                        Directory.Delete(target, recursive: true);
                    }

                    Directory.Move(entry, target);
                }
                else
                {
                    File.Move(entry, target, overwrite: true);
                }

                placed.Add(name);
            }

            return placed;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new DownloadException($"{Path.GetFileName(archive)}: cannot unpack: {ex.Message}", ex);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Unpack(string archive, string staging)
    {
        if (archive.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            ZipFile.ExtractToDirectory(archive, staging, overwriteFiles: true);
            return;
        }

        using var file = File.OpenRead(archive);
        using Stream tar = archive.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? file : new GZipStream(file, CompressionMode.Decompress);
        TarFile.ExtractToDirectory(tar, staging, overwriteFiles: true);
    }
}
