using Quarry.Data.Collection;
using Quarry.Data.Records;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;

namespace Quarry.Lexical.Tests.RealData;

/// <summary>The 29,925 real MS MARCO passages, indexed once per test class (with the document store), and the naive oracle over them.</summary>
public sealed class MsMarcoUnionFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public MsMarcoUnionFixture()
    {
        Passages = [.. CollectionReader.Read(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"))];
        IndexBuilder.Build(Passages, _dir.File("union"), new IndexBuildOptions { AnalyzerFactory = () => new EnglishAnalyzer(), Threads = 2, StoreDocs = true });
        Index = LexicalIndex.Open(_dir.File("union"));
        var analyzer = new EnglishAnalyzer();
        var tokens = new List<string>();
        foreach (var p in Passages)
        {
            tokens.Clear();
            analyzer.Analyze(p.Text, tokens);
            Naive.Add(p.Id, [.. tokens]);
        }
    }

    public List<Passage> Passages { get; }

    public LexicalIndex Index { get; }

    public NaiveBm25 Naive { get; } = new();

    public void Dispose()
    {
        Index.Dispose();
        _dir.Dispose();
    }
}
