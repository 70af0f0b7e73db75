namespace Quarry.Mining.Output;

/// <summary>The training-file layouts by their <c>--format</c> names.</summary>
public static class TrainingFormats
{
    public static readonly IReadOnlyList<string> Names =
        ["triples-ids", "triples-text", "flagembedding", "tevatron", "sentence-transformers"];

    /// <summary>The layout named <paramref name="name"/>, or null when there is none.</summary>
    public static ITrainingFormat? ByName(string name) => name switch
    {
        "triples-ids" => new TriplesFormat(text: false),
        "triples-text" => new TriplesFormat(text: true),
        "flagembedding" => new FlagEmbeddingFormat(),
        "tevatron" => new TevatronFormat(),
        "sentence-transformers" => new SentenceTransformersFormat(),
        _ => null,
    };
}
