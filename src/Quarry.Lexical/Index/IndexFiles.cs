namespace Quarry.Lexical.Index;

/// <summary>The file names of an index directory (docs/index-format.md describes each).</summary>
public static class IndexFiles
{
    public const string Manifest = "manifest.json";
    public const string Postings = "postings.bin";
    public const string Blocks = "blocks.bin";
    public const string Terms = "terms.bin";
    public const string TermIndex = "terms.idx";
    public const string Norms = "norms.bin";
    public const string Lengths = "lengths.bin";

    /// <summary>Present (empty) when the external ids are the decimal numbers 0..N-1 in collection order; no other id file is written then.</summary>
    public const string IdDecimal = "ids.decimal";
    public const string IdBytes = "ids.str";
    public const string IdOffsets = "ids.off";
    public const string IdSorted = "ids.sorted";
    public const string DocStoreData = "docstore.bin";
    public const string DocStoreIndex = "docstore.idx";
}
