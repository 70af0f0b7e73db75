using System.Text;
using Quarry.Data.Collection;
using Quarry.Data.IO;
using Quarry.Data.Text;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Text;

public sealed class MojibakeRepairTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The corruption as the data notes describe it, reversed: the text's characters are Latin-1 bytes of UTF-8.</summary>
    private static string? WholeTextOracle(string text)
    {
        if (text.Any(c => c > 0xFF))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(Encoding.Latin1.GetBytes(text));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    [Fact]
    public void Repair_UnionPassagesFullyDoubleEncoded_MatchesLatin1RoundTrip()
    {
        var raw = CollectionReader.Read(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz")).ToList();
        int compared = 0;
        foreach (var p in raw)
        {
            string? oracle = WholeTextOracle(p.Text);
            if (oracle is not null && oracle != p.Text)
            {
                Assert.Equal(oracle, MojibakeRepair.Repair(p.Text));
                compared++;
            }
        }

        Assert.True(compared > 6000, $"only {compared} double-encoded passages compared");
    }

    [Fact]
    public void ReadOptions_RepairMojibakeOnUnion_TurnsA80_99IntoRightQuote()
    {
        string path = SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz");
        var raw = CollectionReader.Read(path).Where(p => p.Text.Contains("\u00E2\u0080\u0099", StringComparison.Ordinal)).ToDictionary(p => p.Id);
        Assert.NotEmpty(raw);
        var repaired = CollectionReader.Read(path, new ReadOptions { RepairMojibake = true }).Where(p => raw.ContainsKey(p.Id)).ToList();
        Assert.Equal(raw.Count, repaired.Count);
        Assert.All(repaired, p =>
        {
            Assert.DoesNotContain("\u00E2\u0080\u0099", p.Text, StringComparison.Ordinal);
            Assert.Contains("\u2019", p.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReadOptions_RepairMojibakeOnOfficialHead_FixesCompleteSequencesOnly()
    {
        var texts = CollectionReader.Read(SharedData.Path("msmarco/samples/splade-toy.collection-head.tsv"), new ReadOptions { RepairMojibake = true })
            .Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains("\u00A92017 Lendm", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("peroxisomal \u03B2-oxidation", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Anton\u00EDn", StringComparison.Ordinal));

        // This copy of collection.tsv lost the C1 bytes of ’ (â U+0080 U+0099): a lone â cannot be repaired and stays.
        Assert.Contains(texts, t => t.Contains("people\u00E2s understa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("caf\u00E9", "caf\u00E9")]
    [InlineData("don\u00E2\u0080\u0099t", "don\u2019t")]
    [InlineData("\u00C2\u00A9 2017", "\u00A9 2017")]
    [InlineData("\u00F0\u009F\u0098\u0080!", "\U0001F600!")]
    [InlineData("Dvo\u00C5\u00C3\u00A1k", "Dvo\u00C5\u00E1k")]
    [InlineData("\u00E0\u0080\u0080 overlong", "\u00E0\u0080\u0080 overlong")]
    [InlineData("\u00ED\u00A0\u0080 surrogate", "\u00ED\u00A0\u0080 surrogate")]
    [InlineData("\u00C3\u00A9 but \u201Cproper\u201D", "\u00C3\u00A9 but \u201Cproper\u201D")]
    [InlineData("plain ascii", "plain ascii")]
    public void Repair_Examples_RepairOnlyUnambiguousSequences(string input, string expected)
    {
        Assert.Equal(expected, MojibakeRepair.Repair(input));
        Assert.Equal(input != expected, MojibakeRepair.NeedsRepair(input));
    }
}
