using System.Text;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Tests.Support;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>The merge of the parts' sorted terms that numbers the dictionary, cut into key ranges merged in parallel.</summary>
public sealed class BuildWriteMergeTests
{
    private static (Inverter Inverter, List<string> Docs) Invert(string[] vocabulary, int parts, int documents, int seed, int batch = 5)
    {
        var random = new Random(seed);
        var docs = Enumerable.Range(0, documents)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => vocabulary[random.Next(vocabulary.Length)])))
            .ToList();
        var inverters = Enumerable.Range(0, parts).Select(_ => new PartialInverter()).ToArray();
        var scratch = new List<string>();
        for (int d = 0; d < docs.Count; d++)
        {
            inverters[d / batch % parts].Add(d, docs[d], new WhitespaceAnalyzer(), scratch);
        }

        foreach (var part in inverters)
        {
            part.Seal();
        }

        var inverter = new Inverter(inverters);
        inverter.ForgetTerms();
        return (inverter, docs);
    }

    private static List<int> DocsOf(List<string> docs, string term) =>
        [.. docs.Select((text, d) => (text, d)).Where(x => x.text.Split(' ').Contains(term)).Select(x => x.d)];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Inverter_ManyTermsOverSeveralKeyRanges_EveryTermOnceInUtf8OrderWithItsDocuments(int parts)
    {
        string[] vocabulary = [.. Enumerable.Range(0, 3000).Select(i => "w" + (i * 7919 % 3001) + (i % 3 == 0 ? "é" : ""))];
        var (inverter, docs) = Invert(vocabulary, parts, 2000, 41);
        using var _ = inverter;
        var present = vocabulary.Distinct().Where(v => docs.Any(d => d.Split(' ').Contains(v)))
            .OrderBy(v => Encoding.UTF8.GetBytes(v), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y)))
            .ToList();
        Assert.Equal(present.Count, inverter.TermCount);
        for (int id = 0; id < present.Count; id++)
        {
            Assert.Equal(present[id], Encoding.UTF8.GetString(inverter.Utf8(id)));
            var expected = DocsOf(docs, present[id]);
            Assert.Equal(expected.Count, inverter.DocumentFrequency(id));
            var outDocs = new int[expected.Count];
            inverter.Decode(id, outDocs, new int[expected.Count]);
            Assert.Equal(expected, outDocs);
        }
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 37)]
    [InlineData(4, 300)]
    public void Decode_FrequentTermsFromPartsInBatches_PostingsInDocumentOrderWithTheirTfs(int parts, int batch)
    {
        // Four terms in nearly every document: the parts' runs interleave in stretches of up to a batch.
        string[] vocabulary = ["a", "b", "c", "d", "a", "a", "b"];
        var (inverter, docs) = Invert(vocabulary, parts, 3000, 43, batch);
        using var _ = inverter;
        Assert.Equal(4, inverter.TermCount);
        for (int id = 0; id < 4; id++)
        {
            InverterAssert.PostingsMatchTexts(inverter, docs, id);
        }
    }

    [Fact]
    public void Inverter_IllFormedTermsWithTheSameUtf8Bytes_StayApartInCharOrder()
    {
        // Lone surrogates and U+FFFD itself all encode as EF BF BD: the chars decide, as each part sorted them.
        string[] vocabulary = ["\uDC00x", "\uFFFDx", "\uD800x", "a", "zz"];
        var (inverter, docs) = Invert(vocabulary, 3, 300, 42);
        using var _ = inverter;
        var expected = vocabulary.Where(v => docs.Any(d => d.Split(' ').Contains(v)))
            .OrderBy(v => Encoding.UTF8.GetBytes(v), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y)))
            .ThenBy(v => v, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(vocabulary.Length, expected.Count);
        Assert.Equal(expected.Count, inverter.TermCount);
        for (int id = 0; id < expected.Count; id++)
        {
            var docsOf = DocsOf(docs, expected[id]);
            var outDocs = new int[inverter.DocumentFrequency(id)];
            inverter.Decode(id, outDocs, new int[outDocs.Length]);
            Assert.Equal(docsOf, outDocs);
        }
    }
}
