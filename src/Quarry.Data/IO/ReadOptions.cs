namespace Quarry.Data.IO;

/// <summary>How text inputs are decoded; shared by every reader in Quarry.Data.</summary>
public sealed record ReadOptions
{
    /// <summary>The defaults: lenient UTF-8, text kept exactly as given.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// When true, bytes that are not valid UTF-8 are an error naming the file and line.
    /// Default false: they become U+FFFD, as most IR tools read MS MARCO.
    /// </summary>
    public bool StrictUtf8 { get; init; }

    /// <summary>
    /// When true, undoes MS MARCO's double-encoded UTF-8 (see <see cref="Text.MojibakeRepair"/>) where the repair is unambiguous.
    /// Default false: the text keeps the bytes of the file, which is what published runs were computed on.
    /// </summary>
    public bool RepairMojibake { get; init; }
}
