using System.Text;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Tests.Support;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>The pieces of the parallel build: the postings pool, the term table, and the per-thread parts and their merge.</summary>
public sealed class BuildPartsTests
{
    [Fact]
    public void PostingPool_InterleavedListsOverManySlices_ReadBackExactly()
    {
        var random = new Random(5);
        var pool = new PostingPool();
        var lists = new PostingList[50];
        var expected = new List<(int Doc, int Tf)>[50];
        for (int t = 0; t < lists.Length; t++)
        {
            expected[t] = [];
        }

        // Uneven lengths: some lists stay in their first slice, some pass the largest slice size many times.
        for (int doc = 0; doc < 20000; doc++)
        {
            for (int t = 0; t < lists.Length; t++)
            {
                if (random.Next(t + 1) == 0)
                {
                    int tf = random.Next(4) == 0 ? random.Next(1, 1 << 20) : 1;
                    int last = expected[t].Count == 0 ? 0 : expected[t][^1].Doc;
                    pool.Append(ref lists[t], (uint)(doc - last), (uint)tf);
                    expected[t].Add((doc, tf));
                }
            }
        }

        for (int t = 0; t < lists.Length; t++)
        {
            int n = expected[t].Count;
            var docs = new int[n];
            var tfs = new int[n];
            pool.Read(lists[t], n, docs, tfs);
            Assert.Equal(expected[t], docs.Zip(tfs).ToList());
        }
    }

    [Fact]
    public void TermTable_ManyTerms_IdsInFirstSightOrderAndFindsOnlyThem()
    {
        var table = new TermTable();
        var words = Enumerable.Range(0, 50000).Select(i => i % 7 == 0 ? "" + (char)('a' + (i % 26)) + i : "w" + i * 31).Distinct().ToList();
        words.Add("");
        words.Add(new string('x', 255));
        for (int i = 0; i < words.Count; i++)
        {
            Assert.Equal(i, table.GetOrAdd(words[i]));
        }

        for (int i = words.Count - 1; i >= 0; i--)
        {
            Assert.Equal(i, table.GetOrAdd(words[i]));
            Assert.Equal(i, table.Find(words[i]));
            Assert.Equal(words[i], table.Chars(i).ToString());
        }

        Assert.Equal(words.Count, table.Count);
        Assert.Equal(-1, table.Find("absent"));
        Assert.Equal(-1, table.Find("w"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Inverter_PartsInterleavedBatchByBatch_TermsInUtf8OrderAndPostingsInDocumentOrder(int partCount)
    {
        // Code points on both sides of the surrogate range: UTF-16 order and UTF-8 order differ for them.
        string[] vocabulary = ["b", "a", "ab", "é", "\uE000", "𝄞", "\uFFFD", "zz", "a\uE000", "a𝄞", "common"];
        var random = new Random(8);
        var docs = Enumerable.Range(0, 700)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => vocabulary[random.Next(vocabulary.Length)])))
            .ToList();
        var parts = Enumerable.Range(0, partCount).Select(_ => new PartialInverter()).ToArray();
        var analyzer = new WhitespaceAnalyzer();
        var scratch = new List<string>();
        for (int d = 0; d < docs.Count; d++)
        {
            // Batches of 9 documents dealt to the parts in turn, as the analysis threads take them from the queue.
            parts[d / 9 % partCount].Add(d, docs[d], analyzer, scratch);
        }

        foreach (var part in parts)
        {
            part.Seal();
        }

        using var inverter = new Inverter(parts);
        var present = vocabulary.Where(v => docs.Any(d => d.Split(' ').Contains(v))).ToList();
        Assert.Equal(present.Count, inverter.TermCount);
        var utf8Order = present.OrderBy(v => Encoding.UTF8.GetBytes(v), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToList();

        // The terms' bytes outlive the parts' term tables: the dictionary is written from them.
        inverter.ForgetTerms();
        var terms = Enumerable.Range(0, inverter.TermCount).Select(id => Encoding.UTF8.GetString(inverter.Utf8(id))).ToList();
        Assert.Equal(utf8Order, terms);
        foreach (int id in Enumerable.Range(0, terms.Count).Concat([2, 0]))
        {
            InverterAssert.PostingsMatchTexts(inverter, docs, id);
        }
    }

    [Fact]
    public void PartialInverter_TokenCacheFull_SamePostingsAsWithRoomToCache()
    {
        var analyzer = new EnglishAnalyzer();
        string[] texts =
        [
            "The Runner's runners RAN; running is what a runner does.",
            "Connections connected: the connecting connection's CONNECTED state.",
            "U.S.A. 3.14 don't it's © ® naïve Über über",
            "runners connect runner's running U.S.A.",
        ];
        var roomy = new PartialInverter();
        var tiny = new PartialInverter(maxCachedTokens: 2);
        var scratch = new List<string>();
        for (int d = 0; d < texts.Length; d++)
        {
            int expectedLength = analyzer.Analyze(texts[d]).Count;
            Assert.Equal(expectedLength, roomy.Add(d, texts[d], analyzer, scratch));
            Assert.Equal(expectedLength, tiny.Add(d, texts[d], analyzer, scratch));
        }

        roomy.Seal();
        tiny.Seal();
        var a = Postings(roomy);
        var b = Postings(tiny);
        Assert.Equal(a, b);

        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int d = 0; d < texts.Length; d++)
        {
            foreach (var g in analyzer.Analyze(texts[d]).GroupBy(t => t))
            {
                expected[g.Key] = expected.GetValueOrDefault(g.Key, "") + $"{d}:{g.Count()} ";
            }
        }

        Assert.Equal(expected, a);
    }

    private static SortedDictionary<string, string> Postings(PartialInverter part)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int id = 0; id < part.Terms.Count; id++)
        {
            int df = part.DocumentFrequency(id);
            var docs = new int[df];
            var tfs = new int[df];
            part.Read(id, docs, tfs);
            result[part.Terms.Chars(id).ToString()] = string.Concat(docs.Zip(tfs).Select(p => $"{p.First}:{p.Second} "));
        }

        return result;
    }
}
