using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Manifest;

namespace Quarry.Lexical.Search;

/// <summary>Recreates the analyzer an index was built with, from its manifest settings, for query analysis.</summary>
public static class QueryAnalyzers
{
    /// <summary>The name the manifest records for <see cref="EnglishAnalyzer"/>.</summary>
    public const string AnseriniEnglish = "anserini-english";

    /// <summary>The analyzer the settings name; throws when this build does not know it.</summary>
    public static IAnalyzer For(AnalyzerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Name == AnseriniEnglish)
        {
            return new EnglishAnalyzer(new AnalyzerOptions { Stem = settings.Stem, RemoveStopwords = settings.RemoveStopwords });
        }

        throw new InvalidDataException($"the index was built with analyzer '{settings.Name}', which this build does not provide");
    }

    /// <summary>A factory for the analyzer the settings name (one instance per analysis thread).</summary>
    public static Func<IAnalyzer> FactoryFor(AnalyzerSettings settings)
    {
        For(settings);
        return () => For(settings);
    }
}
