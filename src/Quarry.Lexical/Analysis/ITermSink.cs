namespace Quarry.Lexical.Analysis;

/// <summary>Receives the terms of a text one by one as chars that are only valid during the call, so no string is made per token.</summary>
public interface ITermSink
{
    /// <summary>Takes one term; <paramref name="term"/> is reused by the analyzer after the call returns.</summary>
    void Add(ReadOnlySpan<char> term);
}
