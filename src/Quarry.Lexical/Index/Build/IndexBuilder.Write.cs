using Quarry.Lexical.Index.Lengths;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Terms;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// The final pass of a build: threads decode and encode runs of terms in memory (<see cref="EncodeWorkers"/>) while this
/// thread writes the lengths, then appends the runs to postings, blocks and terms in dictionary order.
/// </summary>
public static partial class IndexBuilder
{
    private static (long WithTokens, long TotalTokens, long Terms, long Postings, long Blocks) WriteStructures(string dir, Inverter inverter, List<int> lengthList)
    {
        // The term tables and token caches are no longer needed (the dictionary is written from the terms' bytes, which
        // this gathers): drop them before the write pass allocates.
        inverter.ForgetTerms();
        int[] lengths = [.. lengthList];
        long withTokens = 0;
        long total = 0;
        byte[] norms = new byte[lengths.Length];
        for (int d = 0; d < lengths.Length; d++)
        {
            int l = lengths[d];
            total += l;
            withTokens += l > 0 ? 1 : 0;
            norms[d] = SmallFloat.IntToByte4(l);
        }

        var defaults = new Bm25Similarity(new Bm25Options(), withTokens, total);
        var (terms, postings, blocks) = WritePostingsAndTerms(dir, inverter, () => new PostingsEncoder(defaults.NormCache, norms), new EncodeOptions { Threads = inverter.PartCount },
            () => LengthsWriter.Write(dir, lengths));
        return (withTokens, total, terms, postings, blocks);
    }

    /// <summary>
    /// Writes postings, blocks and terms from runs encoded on the option's threads, running <paramref name="meanwhile"/>
    /// on this thread first; returns the terms, postings and blocks written.
    /// </summary>
    internal static (long Terms, long Postings, long Blocks) WritePostingsAndTerms(string dir, Inverter inverter, Func<PostingsEncoder> encoder, EncodeOptions options, Action? meanwhile = null)
    {
        using var workers = new EncodeWorkers(inverter, encoder, options);
        meanwhile?.Invoke();
        using var postings = new PostingsWriter(dir);
        using var dictionary = new TermsWriter(dir);

        // Term ids are dictionary ranks (UTF-8 order), so runs in id order are the files' order.
        for (int r = 0; r < workers.RunCount; r++)
        {
            var run = workers.Take();
            var (postingsBase, blockBase) = postings.Append(run.Postings);
            dictionary.Append(run.Terms, postingsBase, blockBase);
            workers.Return(run);
        }

        return (dictionary.Count, postings.PostingCount, postings.BlockCount);
    }
}
