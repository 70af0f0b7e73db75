using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Catalog;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets download NAME`: fetch, resume, verify, rename into place.</summary>
internal static class DatasetsDownload
{
    public static Command Create()
    {
        var name = DatasetsCommand.NameArgument();
        var dir = DatasetsCommand.DirOption();
        var catalog = DatasetsCommand.CatalogOption();
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Fetch from a mirror instead of the public URLs: each file is taken from BASE_URL/FILE_NAME",
        };
        var attempts = new Option<int>("--attempts")
        {
            Description = "Attempts per file; a retry resumes from the bytes already downloaded",
            DefaultValueFactory = _ => 3,
        };
        var extract = new Option<bool>("--extract", "-x")
        {
            Description = "After verification, unpack .tar.gz/.tgz/.tar/.zip files into DIR (the archives are kept, so verify still works)",
        };
        var command = new Command(
            "download",
            "Download a dataset's files into DIR. A transfer in progress is kept as FILE.partial and resumed (HTTP range request) "
            + "by a retry or a later run; a file appears under its name only after its size and checksum match the catalog.");
        command.Arguments.Add(name);
        command.Options.Add(dir);
        command.Options.Add(baseUrl);
        command.Options.Add(attempts);
        command.Options.Add(extract);
        command.Options.Add(catalog);
        command.SetAction(parseResult => CliRunner.Run("datasets", () =>
        {
            var dataset = DatasetsCommand.Find(DatasetsCommand.LoadCatalog(parseResult.GetValue(catalog)), parseResult.GetValue(name)!);
            int tries = parseResult.GetValue(attempts);
            if (tries < 1)
            {
                throw new UsageException("--attempts must be at least 1");
            }

            var options = new DownloadOptions { BaseUrl = parseResult.GetValue(baseUrl), MaxAttempts = tries };
            return Execute(dataset, DatasetsCommand.Folder(parseResult.GetValue(dir), dataset), options, parseResult.GetValue(extract));
        }));
        return command;
    }

    private static int Execute(Dataset dataset, string folder, DownloadOptions options, bool extract)
    {
        using var downloader = new DatasetDownloader(options);
        foreach (var file in dataset.Files)
        {
            var result = ConsoleProgress.Run(file.FileName, file.Size ?? 0, advance =>
            {
                long shown = 0;
                try
                {
                    return downloader.DownloadAsync(file, folder, p =>
                    {
                        if (p.Bytes > shown)
                        {
                            advance(p.Bytes - shown);
                            shown = p.Bytes;
                        }
                    }).GetAwaiter().GetResult();
                }
                catch (DownloadException ex)
                {
                    throw new UsageException(ex.Message, ex);
                }
            });
            string how = result.AlreadyPresent ? "already present and verified" : result.Resumed ? "resumed, verified" : "downloaded, verified";
            Console.Out.WriteLine($"{result.Path}\t{result.Bytes}\t{how}");
            if (extract && ArchiveExtractor.IsArchive(file.FileName))
            {
                Extract(result.Path, folder);
            }
        }

        return 0;
    }

    private static void Extract(string archive, string folder)
    {
        try
        {
            var placed = ConsoleProgress.Run("unpack " + Path.GetFileName(archive), 0, _ => ArchiveExtractor.Extract(archive, folder));
            foreach (string name in placed)
            {
                Console.Out.WriteLine($"{Path.Combine(folder, name)}\t\textracted");
            }
        }
        catch (DownloadException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }
}
