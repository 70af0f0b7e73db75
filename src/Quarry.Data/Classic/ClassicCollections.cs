using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Data.Topics;
using Quarry.Data.Trec;

namespace Quarry.Data.Classic;

/// <summary>
/// Loads the classic collections from their original files. Document text is title and abstract (`.T`, `.W`) for the
/// SMART collections; queries are their `.W` text (with `.T` when present); ids lose leading zeros.
/// </summary>
public static class ClassicCollections
{
    /// <summary>The names <see cref="Load"/> accepts.</summary>
    public static readonly string[] Names = ["cacm", "cacm-original", "cranfield", "cisi", "med", "adi", "npl"];

    /// <summary>Loads a collection by name from its folder (the folder layout of the original distributions).</summary>
    public static ClassicCollection Load(string name, string folder) => name switch
    {
        "cacm" => Cacm(folder),
        "cacm-original" => CacmOriginal(folder),
        "cranfield" => Cranfield(folder),
        "cisi" => Smart("cisi", folder, "CISI.ALL", "CISI.QRY", SmartQrels.ReadPairs(Path.Combine(folder, "CISI.REL"))),
        "med" => Smart("med", folder, "MED.ALL", "MED.QRY", SmartQrels.ReadTrec(Path.Combine(folder, "MED.REL"))),
        "adi" => Smart("adi", folder, "ADI.ALL", "ADI.QRY", SmartQrels.ReadPairs(Path.Combine(folder, "ADI.REL"))),
        "npl" => Npl(folder),
        _ => throw new ArgumentException($"unknown classic collection '{name}'; expected one of {string.Join('|', Names)}", nameof(name)),
    };

    /// <summary>Anserini's CACM: HTML documents from the tarball (markup stripped), `&lt;DOC&gt;` topics, TREC qrels.</summary>
    public static ClassicCollection Cacm(string folder) => new(
        "cacm",
        [.. CacmHtmlReader.Read(Path.Combine(folder, "anserini-cacm.tar.gz"))],
        TrecTopicsReader.LoadQueries(Path.Combine(folder, "topics.cacm.txt")),
        [.. SmartQrels.ReadTrec(Path.Combine(folder, "qrels.cacm.txt"))]);

    /// <summary>CACM in its SMART distribution; documents keep every field (as the HTML version does), ids become `CACM-nnnn`.</summary>
    public static ClassicCollection CacmOriginal(string folder)
    {
        string original = Path.Combine(folder, "original");
        var docs = SmartFormat.Read(Path.Combine(original, "cacm.all"))
            .Select(r => new Passage($"CACM-{int.Parse(r.Id):D4}", r.Join('T', 'W', 'B', 'A', 'N', 'X'))).ToList();
        var queries = SmartFormat.Read(Path.Combine(original, "query.text"))
            .Select(r => new Query(int.Parse(r.Id).ToString(), r.Join('W'))).ToList();
        var qrels = SmartQrels.ReadPairs(Path.Combine(original, "qrels.text"))
            .Select(q => q with { DocId = $"CACM-{int.Parse(q.DocId):D4}" }).ToList();
        return new ClassicCollection("cacm-original", docs, queries, qrels);
    }

    /// <summary>Cranfield: query ids in the file are not the ones the qrels use; the qrels number queries 1..225 by position.</summary>
    public static ClassicCollection Cranfield(string folder)
    {
        var docs = Documents(Path.Combine(folder, "cran.all.1400"));
        var queries = SmartFormat.Read(Path.Combine(folder, "cran.qry"))
            .Select((r, i) => new Query((i + 1).ToString(), r.Join('T', 'W'))).ToList();
        return new ClassicCollection("cranfield", docs, queries, [.. SmartQrels.ReadCranfield(Path.Combine(folder, "cranqrel"))]);
    }

    /// <summary>NPL (Vaswani): TREC documents, `&lt;top&gt;` topics, TREC qrels.</summary>
    public static ClassicCollection Npl(string folder) => new(
        "npl",
        [.. TrecDocumentReader.Read(Path.Combine(folder, "doc-text.trec.gz"))],
        TrecTopicsReader.LoadQueries(Path.Combine(folder, "query-text.trec")),
        [.. SmartQrels.ReadTrec(Path.Combine(folder, "qrels"))]);

    private static ClassicCollection Smart(string name, string folder, string all, string qry, IEnumerable<Qrel> qrels)
    {
        var queries = SmartFormat.Read(Path.Combine(folder, qry))
            .Select(r => new Query(int.Parse(r.Id).ToString(), r.Join('T', 'W'))).ToList();
        return new ClassicCollection(name, Documents(Path.Combine(folder, all)), queries, [.. qrels]);
    }

    private static List<Passage> Documents(string path) =>
        [.. SmartFormat.Read(path).Select(r => new Passage(int.Parse(r.Id).ToString(), r.Join('T', 'W')))];
}
