namespace Quarry.Lexical.Scoring;

/// <summary>
/// BM25 exactly as Lucene 9's BM25Similarity computes it: float32 parameters, idf and per-length cache,
/// <c>score = weight - weight / (1f + tf * cache)</c>; callers sum term scores in double and cast to float.
/// </summary>
public sealed unsafe class Bm25Similarity
{
    // Pinned so that cursors read it through a pointer on the hot path.
    private readonly float[] _normCache = GC.AllocateArray<float>(256, pinned: true);

    public Bm25Similarity(Bm25Options options, long documentCount, long totalTokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        DocumentCount = documentCount;
        AverageLength = documentCount > 0 ? (float)(totalTokens / (double)documentCount) : 1f;
        for (int i = 0; i < 256; i++)
        {
            _normCache[i] = LengthFactor(SmallFloat.Byte4ToInt((byte)i));
        }
    }

    public Bm25Options Options { get; }

    /// <summary>Documents with at least one token (Lucene's docCount).</summary>
    public long DocumentCount { get; }

    /// <summary>avgdl as float32, as Lucene keeps it.</summary>
    public float AverageLength { get; }

    /// <summary>The 256 per-length-byte factors <c>1 / (k1 * (1 - b + b * len / avgdl))</c>.</summary>
    public ReadOnlySpan<float> NormCache => _normCache;

    internal float* NormCachePointer => (float*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref _normCache[0]);

    /// <summary><c>ln(1 + (N - df + 0.5) / (df + 0.5))</c> computed in double and stored as float32.</summary>
    public float Idf(long documentFrequency) =>
        (float)Math.Log(1 + ((DocumentCount - documentFrequency + 0.5D) / (documentFrequency + 0.5D)));

    /// <summary>The term weight: query-term count (or feedback weight) times idf, in float32.</summary>
    public float Weight(float queryWeight, long documentFrequency) => queryWeight * Idf(documentFrequency);

    /// <summary>The length factor for an exact (or decoded) length.</summary>
    public float LengthFactor(int length)
    {
        float k1 = Options.K1;
        float b = Options.B;
        return 1f / (k1 * ((1 - b) + (b * length / AverageLength)));
    }

    /// <summary>The factor a document of this length is scored with (its length byte unless exact lengths are on).</summary>
    public float FactorFor(int length) =>
        Options.ExactLengths ? LengthFactor(length) : _normCache[SmallFloat.IntToByte4(length)];

    /// <summary>One term's score for a document given the document's length factor.</summary>
    public static float Score(float weight, int tf, float lengthFactor) => weight - (weight / (1f + (tf * lengthFactor)));

    /// <summary>Explains one term's score in words; its value is the same number <see cref="Score"/> returns.</summary>
    public ScoreExplanation Explain(string term, float queryWeight, long documentFrequency, int tf, int length)
    {
        float idf = Idf(documentFrequency);
        float weight = queryWeight * idf;
        float factor = FactorFor(length);
        float value = Score(weight, tf, factor);
        string lengthNote = Options.ExactLengths ? $"dl={length}" : $"dl={length} stored as {SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(length))}";
        return new ScoreExplanation(value,
            $"{term}: weight={queryWeight}*idf({idf}; N={DocumentCount}, df={documentFrequency}) tf={tf} {lengthNote} avgdl={AverageLength} k1={Options.K1} b={Options.B} -> {value}");
    }
}

/// <summary>A score and the arithmetic that produced it.</summary>
public sealed record ScoreExplanation(float Value, string Description);
