using System.Text;
using Quarry.Lexical.Index.Build;
using Xunit;

namespace Quarry.Lexical.Tests.Support;

/// <summary>Checks a merged inversion against the whitespace-separated texts it was built from.</summary>
internal static class InverterAssert
{
    /// <summary>Term <paramref name="id"/>'s postings are exactly the documents holding it, in order, with their counts.</summary>
    public static void PostingsMatchTexts(Inverter inverter, IReadOnlyList<string> docs, int id)
    {
        string term = Encoding.UTF8.GetString(inverter.Utf8(id));
        var expected = docs.Select((text, d) => (d, text.Split(' ').Count(w => w == term))).Where(p => p.Item2 > 0).ToList();
        int df = inverter.DocumentFrequency(id);
        var outDocs = new int[df];
        var outTfs = new int[df];
        inverter.Decode(id, outDocs, outTfs);
        Assert.Equal(expected, outDocs.Zip(outTfs).ToList());
    }
}
