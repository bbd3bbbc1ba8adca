namespace SiteGen.Cli;

/// <summary>The process's exit code for how a build ended.</summary>
public static class ExitCodes
{
    public static ExitCode Of(BuildOutcome outcome) => outcome switch
    {
        BuildOutcome.Success => ExitCode.Success,
        BuildOutcome.ContentErrors => ExitCode.ContentErrors,
        BuildOutcome.VerificationFailed => ExitCode.VerificationFailed,
        BuildOutcome.BadInput => ExitCode.BadUsage,
        BuildOutcome.IoError => ExitCode.IoError,
        _ => ExitCode.InternalError,
    };
}
