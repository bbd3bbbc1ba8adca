using SiteGen.Diagnostics;

namespace SiteGen.Verification;

/// <summary>One rule a built site must satisfy. Checks are small and independent; <see cref="SiteVerifier"/> runs them all.</summary>
public interface ISiteCheck
{
    /// <summary>The diagnostic code (<c>SG5002</c>), listed in the README.</summary>
    string Code { get; }

    Severity Severity { get; }

    IEnumerable<Finding> Run(SiteSnapshot site);
}
