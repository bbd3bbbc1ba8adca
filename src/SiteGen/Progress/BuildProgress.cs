using System.Diagnostics;

namespace SiteGen.Progress;

/// <summary>
/// Reports a build's stages (load, timeline, render, write, verify) as they run and keeps their timings, which
/// <c>--verbose</c> prints as a per-stage profile. Stages advance from several threads at once.
/// <see cref="Create"/> picks the display: live bars on an interactive terminal, plain lines when output is
/// redirected or <c>CI</c> is set, nothing with <c>--quiet</c>.
/// </summary>
public abstract class BuildProgress
{
    private readonly Lock _lock = new();
    private readonly List<StageTiming> _timings = [];

    public static BuildProgress Silent { get; } = new SilentProgress();

    public IReadOnlyList<StageTiming> Timings { get { lock (_lock) return [.. _timings]; } }

    /// <summary>Runs <paramref name="work"/> under the display fitting the terminal; live displays need to own the console while it runs.</summary>
    public static T Run<T>(ProgressMode mode, TextWriter output, Func<BuildProgress, T> work) => mode switch
    {
        ProgressMode.Live => SpectreProgress.Run(work),
        ProgressMode.Lines => work(new LineProgress(output)),
        _ => work(Silent),
    };

    /// <summary>Live bars only where a person watches: a terminal, not CI, not redirected.</summary>
    public static ProgressMode ModeFor(bool quiet, bool outputRedirected, string? ciVariable) =>
        quiet ? ProgressMode.None
        : outputRedirected || !string.IsNullOrEmpty(ciVariable) ? ProgressMode.Lines
        : ProgressMode.Live;

    public ProgressStage Start(string name, int total) => new(this, name, total, Begin(name, total), Stopwatch.GetTimestamp());

    internal void Finish(ProgressStage stage, int done, TimeSpan elapsed, TimeSpan cpu, long allocated)
    {
        var timing = new StageTiming(stage.Name, done, elapsed, cpu, allocated);
        // The shared silent instance keeps nothing: it serves every build that shows no progress.
        if (this is not SilentProgress)
            lock (_lock) _timings.Add(timing);
        End(stage.Handle, timing);
    }

    internal void Report(object? handle, int done, int total) => Advance(handle, done, total);

    /// <summary>Starts showing a stage; the returned handle comes back in <see cref="Advance"/> and <see cref="End"/>.</summary>
    protected abstract object? Begin(string name, int total);

    protected abstract void Advance(object? handle, int done, int total);

    protected abstract void End(object? handle, StageTiming timing);

    private sealed class SilentProgress : BuildProgress
    {
        protected override object? Begin(string name, int total) => null;

        protected override void Advance(object? handle, int done, int total) { }

        protected override void End(object? handle, StageTiming timing) { }
    }
}
