using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Catalog;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets verify NAME`: check the files on disk against the catalog's sizes and checksums.</summary>
internal static class DatasetsVerify
{
    public static Command Create()
    {
        var name = DatasetsCommand.NameArgument();
        var dir = DatasetsCommand.DirOption();
        var catalog = DatasetsCommand.CatalogOption();
        var command = new Command("verify", "Check a downloaded dataset: every file present, of the catalog's size, with its checksum. Prints one line per file; exits 2 when any fails.");
        command.Arguments.Add(name);
        command.Options.Add(dir);
        command.Options.Add(catalog);
        command.SetAction(parseResult => CliRunner.Run("datasets", () =>
        {
            var dataset = DatasetsCommand.Find(DatasetsCommand.LoadCatalog(parseResult.GetValue(catalog)), parseResult.GetValue(name)!);
            string folder = DatasetsCommand.Folder(parseResult.GetValue(dir), dataset);
            int failed = 0;
            foreach (var file in dataset.Files)
            {
                string path = Path.Combine(folder, file.FileName);
                string? problem = ConsoleProgress.Run("verify " + file.FileName, file.Size ?? 0, advance => FileVerifier.Check(path, file, advance));
                Console.Out.WriteLine(problem is null ? $"OK\t{path}" : $"FAILED\t{problem}");
                failed += problem is null ? 0 : 1;
            }

            if (failed > 0)
            {
                throw new UsageException($"{failed} of {dataset.Files.Count} files of {dataset.Name} failed verification in {folder}");
            }

            return 0;
        }));
        return command;
    }
}
