using System.CommandLine;
using System.Globalization;

namespace Quarry.Cli.Commands;

/// <summary>
/// Reads an option of the search verb by name (the shared ones, --topics, --output, --hits, --threads, --format, are
/// declared by SearchCommand), whatever type it was declared with.
/// </summary>
internal static class SharedOption
{
    public static T? Get<T>(ParseResult result, string name)
    {
        var option = result.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
        if (option is null)
        {
            return default;
        }

        if (option is Option<T> typed)
        {
            return result.GetValue(typed);
        }

        if (option is Option<int> integer && typeof(T) == typeof(int?))
        {
            return (T)(object)result.GetValue(integer);
        }

        if (option is Option<int?> nullableInteger && typeof(T) == typeof(int?) && result.GetValue(nullableInteger) is int present)
        {
            return (T)(object)present;
        }

        // Declared with another type (e.g. FileInfo or int): convert through its text.
        object? value = result.GetResult(option)?.GetValueOrDefault<object?>();
        if (value is null)
        {
            return default;
        }

        string text = value switch
        {
            FileSystemInfo f => f.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
    }
}
