using SiteGen.Progress;

namespace SiteGen;

/// <summary>What a build did: counts for the summary line, the outcome as an exit code, and how long each stage took (for --verbose).</summary>
public sealed record BuildReport(int ArticlesBuilt, int ArticlesSkipped, int PagesWritten, BuildOutcome Outcome, TimeSpan Elapsed)
{
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Pages rendered, and pages kept from the last build because their key was unchanged; null when not counted.</summary>
    public (int Rendered, int Unchanged)? Pages { get; init; }

    public bool Published => Outcome == BuildOutcome.Success;

    /// <summary>Nothing the build reads changed since the last published build, and its output is untouched: nothing was done.</summary>
    public bool UpToDate { get; init; }
}
