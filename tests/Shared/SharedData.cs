namespace Quarry.Tests.Shared;

/// <summary>
/// Locates the shared real-data folder (`../shared/data` beside the repository root).
/// A test that needs it fails with a clear message when it is missing; it never skips.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootDir = new(FindRoot);

    /// <summary>The repository root (the folder holding global.json).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "global.json")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (global.json) above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Absolute path of a file under shared/data; throws when the data folder is absent.</summary>
    public static string Path(string relative)
    {
        string full = System.IO.Path.Combine(RootDir.Value, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"shared test data file missing: {full}");
        }

        return full;
    }

    /// <summary>Environment variable naming the data folder for a checkout that does not sit beside it.</summary>
    public const string OverrideVariable = "QUARRY_TEST_DATA";

    private static string FindRoot()
    {
        string? overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        string candidate = string.IsNullOrEmpty(overridden)
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"))
            : System.IO.Path.GetFullPath(overridden);
        if (!Directory.Exists(candidate))
        {
            throw new DirectoryNotFoundException(
                $"shared test data not found at {candidate}; the tests need the shared data folder beside the repository, or {OverrideVariable} naming it (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"})");
        }

        return candidate;
    }
}

/// <summary>A temporary directory removed on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "quarry-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
