using System.Text;
using Quarry.Data.Formats;

namespace Quarry.Neural.Reranking;

/// <summary>Passage texts by id: an index's docstore, or the needed part of a collection file.</summary>
public interface IPassageSource
{
    /// <summary>A name for error messages (the file or folder the texts come from).</summary>
    string Name { get; }

    /// <summary>The text of <paramref name="id"/>, when the source has it.</summary>
    bool TryGetText(string id, out string text);
}

/// <summary>
/// The passages of a collection file that a run needs, held in memory as UTF-8 (half the size of strings); the file
/// is streamed once, so memory follows the run's depth times its queries, not the collection.
/// </summary>
public sealed class PassageTable : IPassageSource
{
    private readonly Dictionary<string, byte[]> _texts;

    private PassageTable(string name, Dictionary<string, byte[]> texts)
    {
        Name = name;
        _texts = texts;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Number of passages held.</summary>
    public int Count => _texts.Count;

    /// <summary>Streams <paramref name="collection"/> (any collection format, .gz allowed) keeping only the ids in <paramref name="needed"/>.</summary>
    public static PassageTable Load(string collection, IReadOnlySet<string> needed, string format = "auto")
    {
        var texts = new Dictionary<string, byte[]>(needed.Count, StringComparer.Ordinal);
        foreach (var passage in CollectionFormats.Open(collection, format))
        {
            if (needed.Contains(passage.Id))
            {
                texts[passage.Id] = Encoding.UTF8.GetBytes(passage.Title is { Length: > 0 } title ? title + " " + passage.Text : passage.Text);
            }
        }

        return new PassageTable(Path.GetFileName(collection), texts);
    }

    /// <summary>A table over texts already in memory.</summary>
    public static PassageTable FromTexts(string name, IEnumerable<KeyValuePair<string, string>> texts) =>
        new(name, texts.ToDictionary(t => t.Key, t => Encoding.UTF8.GetBytes(t.Value), StringComparer.Ordinal));

    /// <inheritdoc />
    public bool TryGetText(string id, out string text)
    {
        if (_texts.TryGetValue(id, out byte[]? bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            return true;
        }

        text = "";
        return false;
    }
}
