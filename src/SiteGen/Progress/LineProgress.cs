namespace SiteGen.Progress;

/// <summary>Plain lines for logs and CI: one when a long stage starts, one with its time when it ends; no cursor tricks.</summary>
public sealed class LineProgress(TextWriter output) : BuildProgress
{
    private readonly Lock _lock = new();

    protected override object? Begin(string name, int total)
    {
        lock (_lock) output.WriteLine($"{name}: {total} ...");
        return null;
    }

    protected override void Advance(object? handle, int done, int total) { }

    protected override void End(object? handle, StageTiming timing)
    {
        lock (_lock) output.WriteLine($"{timing.Name}: done in {timing.Elapsed.TotalSeconds:0.00} s");
    }
}
