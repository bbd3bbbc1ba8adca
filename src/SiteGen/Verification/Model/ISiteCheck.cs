using SiteGen.Diagnostics;

namespace SiteGen.Verification.Model;

/// <summary>
/// One rule a built site must satisfy. Checks are small and independent; <see cref="SiteVerifier"/> runs them all.
/// A page check sees one page at a time (<see cref="SiteSnapshot.Pages"/>) with every file name, so pages are
/// checked in parallel and their documents dropped; a whole-site check (<see cref="WholeSite"/>) runs once at the
/// end over every page's <see cref="PageFacts"/> (ids and links) instead of documents.
/// </summary>
public interface ISiteCheck
{
    /// <summary>The diagnostic code (<c>SG5002</c>), listed in the README.</summary>
    string Code { get; }

    Severity Severity { get; }

    bool WholeSite => false;

    IEnumerable<Finding> Run(SiteSnapshot site);
}
