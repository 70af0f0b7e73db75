using System.Runtime.CompilerServices;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Terms;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// One run of consecutive terms (whole dictionary groups) encoded in memory by a build thread: its postings and block
/// entries, and its dictionary segment. Runs are reused once written.
/// </summary>
internal sealed class EncodeRun
{
    public EncodedPostings Postings { get; } = new();

    public TermsWriter.Segment Terms { get; } = new();

    /// <summary>Bytes held, so that a run grown by a very long term is not kept for reuse.</summary>
    public long Capacity => (long)Postings.Postings.Capacity + Postings.Blocks.Capacity;

    /// <summary>Encodes terms [<paramref name="first"/>, <paramref name="end"/>) after clearing what the run held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Encode(Inverter inverter, int first, int end, PostingsEncoder encoder, ref DecodeScratch scratch)
    {
        Postings.Clear();
        Terms.Clear();
        for (int id = first; id < end; id++)
        {
            int df = inverter.DocumentFrequency(id);
            scratch.Ensure(df);
            var docs = scratch.Docs.AsSpan(0, df);
            var tfs = scratch.Tfs.AsSpan(0, df);
            inverter.Decode(id, docs, tfs, ref scratch.RunDocs, ref scratch.RunTfs);
            var (offset, firstBlock) = encoder.Encode(docs, tfs, Postings);
            Terms.Add(inverter.Utf8(id), new TermInfo(df, offset, firstBlock));
        }
    }
}

/// <summary>One thread's buffers for decoding terms: as long as the largest document frequency it met, and the merge's spare run.</summary>
internal struct DecodeScratch
{
    public int[] Docs;
    public int[] Tfs;
    public int[] RunDocs;
    public int[] RunTfs;

    public static DecodeScratch Create() => new() { Docs = [], Tfs = [], RunDocs = [], RunTfs = [] };

    public void Ensure(int count)
    {
        if (Docs.Length < count)
        {
            // Exactly as long as needed: in dictionary order a new largest frequency is rare, and doubling could
            // hold twice the longest term's postings per thread.
            Docs = new int[count];
            Tfs = new int[Docs.Length];
        }
    }
}
