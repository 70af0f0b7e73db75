using System.CommandLine;
using Quarry.Cli.Hosting;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets info NAME`: the files of one dataset with their URLs, sizes and checksums.</summary>
internal static class DatasetsInfo
{
    public static Command Create()
    {
        var name = DatasetsCommand.NameArgument();
        var catalog = DatasetsCommand.CatalogOption();
        var baseUrl = new Option<string?>("--base-url") { Description = "Show the URLs a mirror at BASE_URL would be asked for" };
        var command = new Command("info", "Show a dataset's files: name, size, MD5/SHA-256 and the URL each is fetched from (one tab-separated line per file).");
        command.Arguments.Add(name);
        command.Options.Add(baseUrl);
        command.Options.Add(catalog);
        command.SetAction(parseResult => CliRunner.Run("datasets", () =>
        {
            var dataset = DatasetsCommand.Find(DatasetsCommand.LoadCatalog(parseResult.GetValue(catalog)), parseResult.GetValue(name)!);
            Console.Out.WriteLine($"# {dataset.Name}: {dataset.Description}");
            Console.Out.WriteLine("# file\tbytes\tmd5\tsha256\turl");
            foreach (var f in dataset.Files)
            {
                Console.Out.WriteLine($"{f.FileName}\t{f.Size?.ToString() ?? "?"}\t{f.Md5 ?? "-"}\t{f.Sha256 ?? "-"}\t{f.ResolveUrl(parseResult.GetValue(baseUrl))}");
            }

            return 0;
        }));
        return command;
    }
}
