using Quarry.Data.IO;

namespace Quarry.Cli.Hosting;

/// <summary>
/// Runs a verb's body and turns user mistakes into one clear line on stderr and exit code 2,
/// never a stack trace. Unexpected exceptions still print in full (exit 1): they are our bugs.
/// </summary>
public static class CliRunner
{
    public const int UserError = 2;

    public static int Run(string verb, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            Console.Error.WriteLine($"quarry {verb}: error: {ex.Message}");
            return UserError;
        }
    }

    public static async Task<int> RunAsync(string verb, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            Console.Error.WriteLine($"quarry {verb}: error: {ex.Message}");
            return UserError;
        }
    }

    private static bool IsUserError(Exception ex) =>
        ex is UsageException or InputFormatException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;
}
