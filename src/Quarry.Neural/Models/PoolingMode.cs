namespace Quarry.Neural.Models;

/// <summary>How token embeddings become one text embedding (sentence-transformers' Pooling module).</summary>
public enum PoolingMode
{
    /// <summary>The first token's embedding ([CLS]).</summary>
    Cls,

    /// <summary>The mean over non-padding tokens.</summary>
    Mean,

    /// <summary>The element-wise maximum over non-padding tokens.</summary>
    Max,
}
