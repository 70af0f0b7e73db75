using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Manifest;

namespace Quarry.Lexical.Index.Build;

/// <summary>How an index is built.</summary>
public sealed record IndexBuildOptions
{
    /// <summary>Creates one analyzer per analysis thread (required).</summary>
    public required Func<IAnalyzer> AnalyzerFactory { get; init; }

    /// <summary>Recorded in the manifest so that searches analyze queries the same way (default: Anserini English, stemmed, stopped).</summary>
    public AnalyzerSettings Analyzer { get; init; } = new();

    /// <summary>Analysis threads (default 1). Results are identical for any count.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Keep a compressed copy of every text for random access (default false).</summary>
    public bool StoreDocs { get; init; }

    /// <summary>Passages analyzed per batch (default 4096); a batch's texts and terms are what each build holds in flight.</summary>
    public int BatchSize { get; init; } = 4096;

    /// <summary>Name of the collection file, for the manifest.</summary>
    public string Source { get; init; } = "";

    /// <summary>Format of the collection file, for the manifest.</summary>
    public string SourceFormat { get; init; } = "";
}
