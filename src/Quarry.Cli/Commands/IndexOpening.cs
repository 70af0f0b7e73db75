using Quarry.Cli.Hosting;
using Quarry.Lexical;

namespace Quarry.Cli.Commands;

/// <summary>Opens an index for a verb, turning "not an index" and "newer format" into one-line usage errors.</summary>
internal static class IndexOpening
{
    public static LexicalIndex Open(string directory)
    {
        try
        {
            return LexicalIndex.Open(directory);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message, e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
