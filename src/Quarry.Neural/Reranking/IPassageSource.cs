using Quarry.Data.Collection;

namespace Quarry.Neural.Reranking;

/// <summary>Passage texts by id: an index's docstore, or the needed part of a collection file.</summary>
public interface IPassageSource
{
    /// <summary>A name for error messages (the file or folder the texts come from).</summary>
    string Name { get; }

    /// <summary>The text of <paramref name="id"/>, when the source has it.</summary>
    bool TryGetText(string id, out string text);
}

/// <summary>The passages of a collection file that a run needs, held in memory; the file is streamed once.</summary>
public sealed class PassageTable : IPassageSource
{
    private readonly Dictionary<string, string> _texts;

    private PassageTable(string name, Dictionary<string, string> texts)
    {
        Name = name;
        _texts = texts;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Number of passages held.</summary>
    public int Count => _texts.Count;

    /// <summary>Streams <paramref name="collection"/> ('pid&lt;TAB&gt;passage', .gz allowed) keeping only the ids in <paramref name="needed"/>.</summary>
    public static PassageTable Load(string collection, IReadOnlySet<string> needed)
    {
        var texts = new Dictionary<string, string>(needed.Count, StringComparer.Ordinal);
        foreach (var passage in CollectionReader.Read(collection))
        {
            if (needed.Contains(passage.Id))
            {
                texts[passage.Id] = passage.Title is { Length: > 0 } title ? title + " " + passage.Text : passage.Text;
            }
        }

        return new PassageTable(Path.GetFileName(collection), texts);
    }

    /// <summary>A table over texts already in memory.</summary>
    public static PassageTable FromTexts(string name, IEnumerable<KeyValuePair<string, string>> texts) =>
        new(name, new Dictionary<string, string>(texts, StringComparer.Ordinal));

    /// <inheritdoc />
    public bool TryGetText(string id, out string text) => _texts.TryGetValue(id, out text!);
}
