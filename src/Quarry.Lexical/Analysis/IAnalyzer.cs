namespace Quarry.Lexical.Analysis;

/// <summary>Turns text into index terms. Implementations are thread-safe or cheap to create per thread.</summary>
public interface IAnalyzer
{
    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/>, in order; the count is the document length.</summary>
    void Analyze(ReadOnlySpan<char> text, List<string> terms);
}

/// <summary>Switches of the English analysis chain, as Pyserini's --keepStopwords and --stemmer none.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Apply the Porter stemmer (Anserini default: true).</summary>
    public bool Stem { get; init; } = true;

    /// <summary>Remove Lucene's 33 English stopwords (Anserini default: true).</summary>
    public bool RemoveStopwords { get; init; } = true;
}
