using Spectre.Console;

namespace Quarry.Cli.Hosting;

/// <summary>Progress bars for long work, on stderr so that stdout stays clean for results.</summary>
public static class ConsoleProgress
{
    private static readonly IAnsiConsole ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>The console that progress and tables meant for people go to.</summary>
    public static IAnsiConsole Error => ErrorConsole;

    /// <summary>
    /// Runs <paramref name="work"/> with a progress bar of <paramref name="total"/> units (0 when unknown);
    /// the callback it receives adds completed units and may be called from several threads.
    /// </summary>
    public static T Run<T>(string description, long total, Func<Action<long>, T> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(_ => { });
        }

        T result = default!;
        ErrorConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(description, maxValue: total > 0 ? total : 1);
                if (total <= 0)
                {
                    task.IsIndeterminate = true;
                }

                object gate = new();
                result = work(n =>
                {
                    lock (gate)
                    {
                        task.Increment(n);
                    }
                });
                task.Value = task.MaxValue;
            });
        return result;
    }
}
