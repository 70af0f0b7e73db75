using System.Text;
using Quarry.Lexical.Index.Lengths;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Terms;

namespace Quarry.Lexical.Index.Build;

/// <summary>The final pass of a build: sorts the dictionary and writes lengths, postings, blocks and terms.</summary>
public static partial class IndexBuilder
{
    private static (long WithTokens, long TotalTokens, long Terms, long Postings, long Blocks) WriteStructures(string dir, Inverter inverter, List<int> lengthList)
    {
        int[] lengths = [.. lengthList];
        LengthsWriter.Write(dir, lengths);
        long withTokens = 0;
        long total = 0;
        foreach (int l in lengths)
        {
            total += l;
            if (l > 0)
            {
                withTokens++;
            }
        }

        // The dictionary is sorted by UTF-8 bytes so that lookups can binary-search raw bytes.
        var terms = new (byte[] Utf8, int Id)[inverter.TermCount];
        int n = 0;
        int maxDf = 0;
        foreach (var (term, id) in inverter.Terms)
        {
            terms[n++] = (Encoding.UTF8.GetBytes(term), id);
            maxDf = Math.Max(maxDf, inverter.DocumentFrequency(id));
        }

        // The strings and the hash map are no longer needed: free them before the write pass allocates.
        inverter.ForgetTerms();
        Array.Sort(terms, static (x, y) => x.Utf8.AsSpan().SequenceCompareTo(y.Utf8));
        int[] docs = new int[maxDf];
        int[] tfs = new int[maxDf];
        var defaults = new Scoring.Bm25Similarity(new Scoring.Bm25Options(), withTokens, total);
        using var postings = new PostingsWriter(dir, defaults.NormCache);
        using var dictionary = new TermsWriter(dir);
        foreach (var (utf8, id) in terms)
        {
            int df = inverter.DocumentFrequency(id);
            inverter.Drain(id, docs, tfs);
            var (offset, firstBlock) = postings.WriteTerm(docs.AsSpan(0, df), tfs.AsSpan(0, df), lengths);
            dictionary.Add(utf8, new TermInfo(df, offset, firstBlock));
        }

        return (withTokens, total, dictionary.Count, postings.PostingCount, postings.BlockCount);
    }
}
