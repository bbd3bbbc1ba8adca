using Spectre.Console;

namespace SiteGen.Progress;

/// <summary>Live progress bars on an interactive terminal (Spectre.Console), cleared when the build ends.</summary>
public sealed class SpectreProgress : BuildProgress
{
    private readonly ProgressContext _context;

    private SpectreProgress(ProgressContext context) => _context = context;

    public static T Run<T>(Func<BuildProgress, T> work)
    {
        var display = AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn());
        return display.Start(context => work(new SpectreProgress(context)));
    }

    protected override object? Begin(string name, int total) => _context.AddTask(name, maxValue: Math.Max(total, 1));

    // Spectre's tasks lock internally, so parallel stages may advance them directly.
    protected override void Advance(object? handle, int done, int total) => ((ProgressTask)handle!).Value = done;

    protected override void End(object? handle, StageTiming timing)
    {
        var task = (ProgressTask)handle!;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
