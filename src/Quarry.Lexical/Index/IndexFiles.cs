namespace Quarry.Lexical.Index;

/// <summary>The file names of an index directory (docs/index-format.md describes each).</summary>
public static class IndexFiles
{
    public const string Manifest = "manifest.json";
    public const string Postings = "postings.bin";
    public const string Blocks = "blocks.bin";
    public const string Terms = "terms.bin";
    public const string TermStrings = "terms.str";
    public const string Norms = "norms.bin";
    public const string Lengths = "lengths.bin";
    public const string IdBytes = "ids.str";
    public const string IdOffsets = "ids.off";
    public const string IdSorted = "ids.sorted";
    public const string IdRanks = "ids.rank";
    public const string DocStoreData = "docstore.bin";
    public const string DocStoreIndex = "docstore.idx";
}
