using Quarry.Lexical.Analysis;

namespace Quarry.Lexical.Tests.Support;

/// <summary>Splits on spaces only: lets index and search tests control the exact terms.</summary>
internal sealed class WhitespaceAnalyzer : IAnalyzer
{
    public void Analyze(ReadOnlySpan<char> text, List<string> terms)
    {
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (!token.IsEmpty)
            {
                terms.Add(token.ToString());
            }
        }
    }
}
