using System.Text;
using Quarry.Data.Records;
using Quarry.Lexical.Index.Terms;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

public sealed class TermDictionaryTests
{
    // Terms that share long prefixes, have long suffixes (past the 4-bit length fields), are not ASCII, and number
    // several groups of 32, so that front coding restarts and escapes are all exercised.
    private static List<string> Vocabulary()
    {
        var words = new List<string>();
        for (int i = 0; i < 150; i++)
        {
            words.Add("w" + i);
        }

        string longStem = new('p', 40);
        for (int i = 0; i < 40; i++)
        {
            words.Add(longStem + i);
            words.Add(longStem + i + new string('s', 20 + i));
        }

        words.AddRange(["é", "ée", "日本", "日本語", "z", "zz", "a"]);
        return words;
    }

    private static List<Passage> Corpus(List<string> words)
    {
        var random = new Random(5);
        var passages = new List<Passage>();
        for (int d = 0; d < 400; d++)
        {
            // Every word occurs at least once; the first ones in many documents (lists of several blocks).
            var text = new List<string> { words[d % words.Count] };
            for (int j = 0; j < 6; j++)
            {
                text.Add(words[random.Next(Math.Min(words.Count, 4 + (j * 3)))]);
            }

            passages.Add(new Passage("d" + d, string.Join(' ', text)));
        }

        return passages;
    }

    [Fact]
    public void TryGet_EveryTerm_FindsItsPostingsAndNothingElse()
    {
        using var dir = new TempDir();
        var words = Vocabulary();
        var corpus = Corpus(words);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        Assert.Equal(words.Count, index.Terms.Count);
        foreach (string w in words)
        {
            int expected = corpus.Count(p => p.Text.Split(' ').Contains(w));
            Assert.True(index.Terms.TryGet(w, out var info), w);
            Assert.Equal(expected, info.DocumentFrequency);
            Assert.Equal(expected, index.Postings(w).Count());
            Assert.All(index.Postings(w), p => Assert.Contains(w, corpus[p.Doc].Text.Split(' ')));
        }

        foreach (string absent in new[] { "", "0", "w", "w1500", "w14x", new string('p', 40), new string('p', 41), "日", "日本語x", "zzz", "\uffff", "A" })
        {
            Assert.False(index.Terms.TryGet(absent, out _), absent);
        }
    }

    [Fact]
    public void Enumerate_WholeDictionary_IsByteOrderedAndAgreesWithLookups()
    {
        using var dir = new TempDir();
        var words = Vocabulary();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus(words));
        var all = index.Terms.Enumerate().ToList();
        var expectedOrder = words.OrderBy(w => Encoding.UTF8.GetBytes(w), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToList();
        Assert.Equal(expectedOrder, all.Select(e => e.Term).ToList());
        long nextBlock = 0;
        for (int i = 0; i < all.Count; i++)
        {
            Assert.Equal(all[i].Term, index.Terms.TermAt(i));
            Assert.Equal(all[i].Info, index.Terms.Entry(i));
            Assert.True(index.Terms.TryGet(all[i].Term, out var info));
            Assert.Equal(all[i].Info, info);

            // Block entries exist only for lists of several blocks, and follow dictionary order.
            Assert.Equal(info.HasBlockEntries ? nextBlock : -1, info.FirstBlock);
            nextBlock += info.HasBlockEntries ? info.BlockCount : 0;
        }

        Assert.Contains(all, e => e.Info.HasBlockEntries);
        Assert.Equal(nextBlock * Lexical.Index.Postings.BlockMeta.Size, new FileInfo(Path.Combine(dir.File("idx"), "blocks.bin")).Length);
    }

    [Fact]
    public void Dictionary_OfAnEmptyIndex_FindsNothing()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), [new Passage("1", "   ")]);
        Assert.Equal(0, index.Terms.Count);
        Assert.False(index.Terms.TryGet("a", out _));
        Assert.Empty(index.Terms.Enumerate());
    }
}
