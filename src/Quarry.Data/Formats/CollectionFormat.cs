namespace Quarry.Data.Formats;

/// <summary>The passage-collection layouts Quarry reads.</summary>
public enum CollectionFormat
{
    /// <summary>Decide from the path and its first line (see <see cref="CollectionFormats.Detect"/>).</summary>
    Auto,

    /// <summary>MS MARCO `collection.tsv`: `pid<TAB>passage`.</summary>
    MsMarco,

    /// <summary>BEIR `corpus.jsonl` (`_id`, `title`, `text`), or a BEIR dataset folder.</summary>
    Beir,

    /// <summary>Pyserini JsonCollection: `{"id", "contents"}` per line, a file or a folder of files.</summary>
    Jsonl,

    /// <summary>TREC SGML `&lt;DOC&gt;&lt;DOCNO&gt;` documents, a file or a folder of files.</summary>
    Trec,
}
