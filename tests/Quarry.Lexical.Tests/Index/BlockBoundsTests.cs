using Quarry.Data.Records;
using Quarry.Lexical.Scoring;
using Quarry.Lexical.Search;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class BlockBoundsTests
{
    // One term in 1,000 documents with tfs up to 400 (past the saturation of the one-byte largest tf) and lengths up to
    // 2,000 (past the exactness of the length byte); other terms in a single block.
    private static List<Passage> Corpus()
    {
        var random = new Random(17);
        var passages = new List<Passage>();
        for (int d = 0; d < 1000; d++)
        {
            int tf = d % 97 == 0 ? 250 + random.Next(150) : 1 + random.Next(5);
            int filler = random.Next(d % 5 == 0 ? 2000 : 60);
            var words = Enumerable.Repeat("common", tf).Concat(Enumerable.Range(0, filler).Select(i => "f" + (i % 9)));
            if (d % 50 == 0)
            {
                words = words.Append("rare");
            }

            passages.Add(new Passage(d.ToString(), string.Join(' ', words)));
        }

        return passages;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bounds_EveryListAndBlock_BoundEveryScore(bool exactLengths)
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus(), storeDocs: false);
        var similarity = new Bm25Similarity(new Bm25Options { ExactLengths = exactLengths }, index.Manifest.DocumentsWithTokens, index.Manifest.TotalTokens);
        Assert.True(index.Terms.TryGet("common", out var common) && common.HasBlockEntries);
        Assert.True(index.Terms.TryGet("rare", out var rare) && !rare.HasBlockEntries);
        foreach (var (term, info) in index.Terms.Enumerate())
        {
            var cursor = new PostingCursor(index, similarity, info, 2.5f);
            float listBound = cursor.MaxScore;
            int seen = 0;
            while (cursor.Doc != PostingCursor.NoMoreDocs)
            {
                float score = cursor.Score();
                Assert.True(score <= listBound, $"{term}: list bound {listBound} < {score}");
                Assert.True(cursor.ShallowSeek(cursor.Doc) >= cursor.Doc);
                Assert.True(score <= cursor.BlockMaxScore, $"{term}: block bound {cursor.BlockMaxScore} < {score}");
                seen++;
                cursor.Next();
            }

            Assert.Equal(info.DocumentFrequency, seen);
        }
    }

    [Fact]
    public unsafe void BlockEntries_SaturatedFields_StillBoundTheBlock()
    {
        using var dir = new TempDir();
        var corpus = Corpus();
        using var index = TestIndexes.Build(dir.File("idx"), corpus, storeDocs: false);
        Assert.True(index.Terms.TryGet("common", out var info));
        var postings = index.Postings("common").ToList();
        bool saturated = false;
        for (int b = 0; b < info.BlockCount; b++)
        {
            var meta = index.BlocksPointer[info.FirstBlock + b];
            var block = postings.Skip(b * 128).Take(128).ToList();
            Assert.Equal(block[^1].Doc, meta.LastDoc);
            Assert.True(meta.MaxTf >= block.Max(p => p.Tf));
            Assert.True(meta.MinLength <= block.Min(p => index.Lengths.Length(p.Doc)));
            Assert.Equal(SmallFloat.IntToByte4(block.Min(p => index.Lengths.Length(p.Doc))), SmallFloat.IntToByte4(meta.MinLength));
            saturated |= meta.MaxTf == int.MaxValue;
        }

        Assert.True(saturated);
    }
}
