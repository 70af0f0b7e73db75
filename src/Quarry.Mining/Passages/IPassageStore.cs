namespace Quarry.Mining.Passages;

/// <summary>Looks passage texts up by id; implementations must be safe to call from several threads at once.</summary>
public interface IPassageStore : IDisposable
{
    /// <summary>The passage's text, or false when the store does not hold that id.</summary>
    bool TryGet(string docId, out string text);
}
