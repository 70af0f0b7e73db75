namespace Quarry.Data.Catalog;

/// <summary>A named dataset of the catalog: one or more files downloaded together.</summary>
public sealed record Dataset
{
    /// <summary>The name users type (`trec-dl-2019`), lower case with dashes.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what it holds and in which format.</summary>
    public required string Description { get; init; }

    /// <summary>The files, downloaded in this order.</summary>
    public required IReadOnlyList<DatasetFile> Files { get; init; }

    /// <summary>The sum of the known file sizes, or null when a size is unknown.</summary>
    public long? TotalSize => Files.All(f => f.Size is not null) ? Files.Sum(f => f.Size!.Value) : null;
}
