using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Classic;

/// <summary>Reads Anserini's CACM tarball (`CACM-nnnn.html` files): the id is the file name without extension, the text the page's visible text.</summary>
public static class CacmHtmlReader
{
    public static IEnumerable<Passage> Read(string tarGzPath)
    {
        using var stream = TextInput.OpenStream(tarGzPath);
        using var tar = new TarReader(stream);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null
                || !entry.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream, new UTF8Encoding(false));
            string html = reader.ReadToEnd();
            string id = Path.GetFileNameWithoutExtension(entry.Name);
            yield return new Passage(id, HtmlText.Extract(html));
        }
    }
}
