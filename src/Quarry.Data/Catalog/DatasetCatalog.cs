using System.Text.Json;
using Quarry.Data.IO;

namespace Quarry.Data.Catalog;

/// <summary>The datasets Quarry knows how to fetch: the built-in list, optionally extended by a user's JSON catalog file.</summary>
public sealed class DatasetCatalog
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Dictionary<string, Dataset> _byName;

    /// <summary>A catalog of <paramref name="datasets"/>; a later dataset replaces an earlier one of the same name.</summary>
    public DatasetCatalog(IEnumerable<Dataset> datasets)
    {
        _byName = new Dictionary<string, Dataset>(StringComparer.OrdinalIgnoreCase);
        var order = new List<Dataset>();
        foreach (var d in datasets)
        {
            if (_byName.TryGetValue(d.Name, out var old))
            {
                order.Remove(old);
            }

            _byName[d.Name] = d;
            order.Add(d);
        }

        Datasets = order;
    }

    /// <summary>The built-in catalog: MS MARCO passage, TREC DL 2019/2020, BEIR sets, classic collections.</summary>
    public static DatasetCatalog BuiltIn { get; } = new(BuiltInDatasets.All);

    /// <summary>Every dataset, in catalog order.</summary>
    public IReadOnlyList<Dataset> Datasets { get; }

    /// <summary>The dataset named <paramref name="name"/> (case-insensitive), or null.</summary>
    public Dataset? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>This catalog plus the datasets of a JSON file (`{"datasets": [{"name", "description", "files": [{"fileName", "url", "size", "md5", "sha256"}]}]}`).</summary>
    public DatasetCatalog Extend(string jsonPath)
    {
        CatalogFile? file;
        try
        {
            using var stream = TextInput.OpenStream(jsonPath);
            file = JsonSerializer.Deserialize<CatalogFile>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InputFormatException(jsonPath, (ex.LineNumber ?? -1) + 1, $"bad catalog JSON: {ex.Message.Split(" Path:")[0]}");
        }

        if (file?.Datasets is not { Count: > 0 } added)
        {
            throw new InputFormatException(jsonPath, 0, "expected {\"datasets\": [...]} with at least one dataset");
        }

        foreach (var d in added)
        {
            if (string.IsNullOrWhiteSpace(d.Name) || d.Files is not { Count: > 0 } || d.Files.Any(f => string.IsNullOrWhiteSpace(f.FileName) || string.IsNullOrWhiteSpace(f.Url)))
            {
                throw new InputFormatException(jsonPath, 0, $"dataset '{d.Name}': expected a name and files that each have a fileName and a url");
            }
        }

        return new DatasetCatalog(Datasets.Concat(added));
    }

    private sealed record CatalogFile(List<Dataset>? Datasets);
}
