namespace SiteGen.Progress;

/// <summary>Shows nothing and keeps every stage's timing: what `serve --verbose` prints after each rebuild.</summary>
public sealed class RecordingProgress : BuildProgress
{
    protected override object? Begin(string name, int total) => null;

    protected override void Advance(object? handle, int done, int total) { }

    protected override void End(object? handle, StageTiming timing) { }
}
