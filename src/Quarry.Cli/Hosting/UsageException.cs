namespace Quarry.Cli.Hosting;

/// <summary>The user asked for something that cannot be done as stated (conflicting options, missing files).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException() { }

    public UsageException(string message, Exception inner) : base(message, inner) { }
}
