namespace SiteGen;

/// <summary>How a build ended. The command line maps it to the process's exit code (<c>Cli/ExitCodes</c>).</summary>
public enum BuildOutcome
{
    /// <summary>Built, verified and published (or composed, for a build that stops before verification; or up to date).</summary>
    Success,

    /// <summary>Errors in articles, templates or configuration (or warnings under <c>--strict</c>): nothing published.</summary>
    ContentErrors,

    /// <summary>The generated site failed verification: nothing published.</summary>
    VerificationFailed,

    /// <summary>The build was asked for something it cannot do (the input folder does not exist).</summary>
    BadInput,

    /// <summary>A file or folder could not be read or written.</summary>
    IoError,
}
