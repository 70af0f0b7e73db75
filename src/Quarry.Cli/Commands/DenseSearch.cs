using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>
/// The `--dense` half of `quarry search`: its own options and handler, kept apart from BM25 search.
/// SearchCommand adds <see cref="AddOptions"/> to the verb and calls <see cref="Run"/> when --dense is given.
/// </summary>
public static class DenseSearch
{
    /// <summary>Adds the dense-only options (--model, --vectors, ...) to the search verb.</summary>
    public static void AddOptions(Command search)
    {
        ArgumentNullException.ThrowIfNull(search);
    }

    /// <summary>Runs a dense search; shared options (--topics, --output, --hits, --threads, --format) are read by name.</summary>
    public static int Run(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Console.Error.WriteLine("quarry search --dense: not available in this build yet");
        return 3;
    }
}
