using System.CommandLine;
using Quarry.Cli.Hosting;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets list`: one line per known dataset.</summary>
internal static class DatasetsList
{
    public static Command Create()
    {
        var catalog = DatasetsCommand.CatalogOption();
        var command = new Command("list", "List the known datasets: name, total size, number of files, what they hold.");
        command.Options.Add(catalog);
        command.SetAction(parseResult => CliRunner.Run("datasets", () =>
        {
            var datasets = DatasetsCommand.LoadCatalog(parseResult.GetValue(catalog)).Datasets;
            int width = datasets.Max(d => d.Name.Length);
            foreach (var d in datasets)
            {
                string files = d.Files.Count == 1 ? "1 file " : $"{d.Files.Count} files";
                Console.Out.WriteLine($"{d.Name.PadRight(width)}  {DatasetsCommand.Size(d.TotalSize),10}  {files}  {d.Description}");
            }

            return 0;
        }));
        return command;
    }
}
