using SiteGen.Cli;

namespace SiteGen;

/// <summary>What a build did: counts for the summary line, and the outcome as an exit code.</summary>
public sealed record BuildReport(int ArticlesBuilt, int ArticlesSkipped, int PagesWritten, ExitCode Outcome, TimeSpan Elapsed)
{
    public bool Published => Outcome == ExitCode.Success;
}
