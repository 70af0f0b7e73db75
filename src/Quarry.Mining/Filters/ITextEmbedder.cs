namespace Quarry.Mining.Filters;

/// <summary>A bi-encoder as the similarity filter sees it: one vector per text.</summary>
public interface ITextEmbedder
{
    /// <summary>Embeds passages (not queries) in order; must be deterministic and safe to call from several threads.</summary>
    float[][] EmbedPassages(IReadOnlyList<string> texts);
}
