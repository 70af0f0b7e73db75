namespace Quarry.Mining.Passages;

/// <summary>A dictionary of texts: for tests and small collections, never for the full 8.8M passages.</summary>
public sealed class InMemoryPassageStore : IPassageStore
{
    private readonly Dictionary<string, string> _texts;

    public InMemoryPassageStore(IEnumerable<KeyValuePair<string, string>> texts) =>
        _texts = new Dictionary<string, string>(texts, StringComparer.Ordinal);

    public bool TryGet(string docId, out string text)
    {
        if (_texts.TryGetValue(docId, out var found))
        {
            text = found;
            return true;
        }

        text = "";
        return false;
    }

    public void Dispose() { }
}
