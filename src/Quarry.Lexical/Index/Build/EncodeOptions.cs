namespace Quarry.Lexical.Index.Build;

/// <summary>How the write pass shares the terms among threads; the files do not depend on any of it.</summary>
internal sealed record EncodeOptions
{
    /// <summary>Threads that decode and encode terms (the writer thread only appends). Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Postings per run, about: a run ends at the first dictionary group boundary past it. Default 65,536.</summary>
    public int RunPostings { get; init; } = 1 << 16;

    /// <summary>Terms per run at most (many rare terms hold few postings); rounded up to whole groups. Default 8,192.</summary>
    public int RunTerms { get; init; } = 8192;

    /// <summary>Runs that may be encoded ahead of the one the writer waits for. Default 16.</summary>
    public int WindowRuns { get; init; } = 16;

    /// <summary>Postings that may be encoded ahead of the run the writer waits for (which is always allowed). Default 2^24.</summary>
    public long WindowPostings { get; init; } = 1L << 24;
}
