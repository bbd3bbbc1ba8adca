namespace SiteGen.Cli;

/// <summary>What the process returns; documented in the README. Values follow sysexits.h where one fits.</summary>
public enum ExitCode
{
    Success = 0,
    /// <summary>Content or template errors (or warnings under <c>--strict</c>): nothing was published.</summary>
    ContentErrors = 1,
    /// <summary>The generated (or given) site failed verification.</summary>
    VerificationFailed = 2,
    BadUsage = 64,
    InternalError = 70,
    IoError = 74,
}
