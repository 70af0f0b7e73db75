using Quarry.Lexical.Scoring;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Demo;

/// <summary>One retrieval configuration the demo runs: a name for tables, what it is, and its BM25 (and RM3) settings.</summary>
internal sealed record DemoVariant(string Name, string Description, Bm25Options Bm25, Rm3Options? Rm3 = null)
{
    /// <summary>Anserini's default BM25, the tuned MS MARCO setting, and RM3 feedback on the default: the classic baseline trio.</summary>
    public static IReadOnlyList<DemoVariant> Standard { get; } =
    [
        new("bm25", "BM25, Anserini defaults k1=0.9 b=0.4", new Bm25Options { K1 = 0.9f, B = 0.4f }),
        new("bm25-tuned", "BM25 tuned for MS MARCO, k1=0.82 b=0.68", new Bm25Options { K1 = 0.82f, B = 0.68f }),
        new("bm25+rm3", "BM25 defaults with RM3 feedback (10 docs, 10 terms, weight 0.5)", new Bm25Options { K1 = 0.9f, B = 0.4f }, new Rm3Options()),
    ];
}
