using Quarry.Lexical.Index;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Terms;
using Quarry.Lexical.Scoring;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>The write pass's runs: however the terms are split among threads and runs, the files are the same.</summary>
public sealed class BuildWriteRunsTests
{
    private static readonly string[] Files = [IndexFiles.Postings, IndexFiles.Blocks, IndexFiles.Terms, IndexFiles.TermIndex];

    private static Inverter Invert(int parts)
    {
        // Long documents over a small vocabulary give terms of several blocks (with entries) next to one-block terms.
        var corpus = TestIndexes.RandomCorpus(31, 1500, 400, 120);
        var inverters = Enumerable.Range(0, parts).Select(_ => new PartialInverter()).ToArray();
        var analyzer = new WhitespaceAnalyzer();
        var scratch = new List<string>();
        for (int d = 0; d < corpus.Count; d++)
        {
            inverters[d / 50 % parts].Add(d, corpus[d].Text, analyzer, scratch);
        }

        foreach (var part in inverters)
        {
            part.Seal();
        }

        var inverter = new Inverter(inverters);
        inverter.ForgetTerms();
        return inverter;
    }

    private static (long Terms, long Postings, long Blocks) Write(string dir, Inverter inverter, EncodeOptions options)
    {
        Directory.CreateDirectory(dir);
        byte[] norms = new byte[1500];
        Array.Fill(norms, (byte)40);
        var defaults = new Bm25Similarity(new Bm25Options(), 1500, 1500 * 60);
        return IndexBuilder.WritePostingsAndTerms(dir, inverter, () => new PostingsEncoder(defaults.NormCache, norms), options);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(3, 1, 2, 1)]
    [InlineData(2, 500, 3, 2000)]
    [InlineData(4, 1, 64, 1L << 24)]
    public void WritePostingsAndTerms_TinyRunsOnSeveralThreads_SameFilesAsOneRun(int threads, int runPostings, int windowRuns, long windowPostings)
    {
        using var dir = new TempDir();
        using var inverter = Invert(2);
        var whole = Write(dir.File("whole"), inverter, new EncodeOptions());
        var split = Write(dir.File("split"), inverter, new EncodeOptions
        {
            Threads = threads,
            RunPostings = runPostings,
            RunTerms = 1,
            WindowRuns = windowRuns,
            WindowPostings = windowPostings,
        });

        Assert.Equal(whole, split);
        Assert.Equal(inverter.TermCount, whole.Terms);
        Assert.True(whole.Terms > 10 * TermDictionary.GroupSize, "the split case should span many groups");
        Assert.True(new FileInfo(Path.Combine(dir.File("whole"), IndexFiles.Blocks)).Length > 0, "some terms should have block entries");
        foreach (string file in Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("whole"), file)), File.ReadAllBytes(Path.Combine(dir.File("split"), file)));
        }
    }

    [Fact]
    public void WritePostingsAndTerms_AnEncodingThreadFails_TheWriterThrowsItsException()
    {
        using var dir = new TempDir();
        using var inverter = Invert(2);
        var defaults = new Bm25Similarity(new Bm25Options(), 1500, 1500 * 60);

        // Length bytes for only 10 documents: the first term with block entries reads past them on a worker thread.
        byte[] norms = new byte[10];
        Directory.CreateDirectory(dir.File("idx"));
        Assert.Throws<IndexOutOfRangeException>(() => IndexBuilder.WritePostingsAndTerms(
            dir.File("idx"), inverter, () => new PostingsEncoder(defaults.NormCache, norms), new EncodeOptions { Threads = 2, RunPostings = 1 }));
    }

    [Fact]
    public void TermsWriter_SegmentEndingInsideAGroupThenAnother_Refuses()
    {
        using var dir = new TempDir();
        using var writer = new TermsWriter(dir.Path);
        var segment = new TermsWriter.Segment();
        segment.Add("a"u8, new TermInfo(1, 0, -1));
        writer.Append(segment, 0, 0);
        Assert.Throws<InvalidOperationException>(() => writer.Append(segment, 10, 0));
    }
}
