using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Catalog;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets`: list, download and verify known datasets.</summary>
public static class DatasetsCommand
{
    public static Command Create()
    {
        var command = new Command(
            "datasets",
            "List, download and verify known datasets (MS MARCO passage, TREC DL 2019/2020, BEIR, classic collections). "
            + "Downloads resume after an interruption and are checked against published sizes and MD5s before they appear.");
        command.Subcommands.Add(DatasetsList.Create());
        command.Subcommands.Add(DatasetsInfo.Create());
        command.Subcommands.Add(DatasetsDownload.Create());
        command.Subcommands.Add(DatasetsVerify.Create());
        return command;
    }

    /// <summary>`--catalog FILE`: a JSON catalog whose datasets are added to (or replace) the built-in ones.</summary>
    internal static Option<string?> CatalogOption() => new("--catalog")
    {
        Description = "A JSON catalog file whose datasets extend or replace the built-in ones: "
            + "{\"datasets\": [{\"name\", \"description\", \"files\": [{\"fileName\", \"url\", \"size\", \"md5\", \"sha256\"}]}]}",
    };

    /// <summary>`--dir DIR`: where a dataset's files go; default `datasets/NAME` under the current folder.</summary>
    internal static Option<string?> DirOption() => new("--dir", "-d")
    {
        Description = "Folder for the dataset's files (default: datasets/NAME under the current folder)",
    };

    /// <summary>The `NAME` argument.</summary>
    internal static Argument<string> NameArgument() => new("NAME") { Description = "A dataset name, as `quarry datasets list` prints it" };

    /// <summary>The catalog in force: built-in, extended by `--catalog` when given.</summary>
    internal static DatasetCatalog LoadCatalog(string? catalogPath) =>
        catalogPath is null ? DatasetCatalog.BuiltIn : DatasetCatalog.BuiltIn.Extend(catalogPath);

    /// <summary>The dataset named <paramref name="name"/>, or a usage error that says how to list the names.</summary>
    internal static Dataset Find(DatasetCatalog catalog, string name) =>
        catalog.Find(name) ?? throw new UsageException($"unknown dataset '{name}'; `quarry datasets list` shows the {catalog.Datasets.Count} known names");

    /// <summary>The folder of a dataset's files.</summary>
    internal static string Folder(string? dir, Dataset dataset) => dir ?? Path.Combine("datasets", dataset.Name);

    /// <summary>Sizes for people: 1.1 GB, 187.1 KB.</summary>
    internal static string Size(long? bytes) => bytes switch
    {
        null => "?",
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.0} KiB",
        _ => $"{bytes} B",
    };
}
