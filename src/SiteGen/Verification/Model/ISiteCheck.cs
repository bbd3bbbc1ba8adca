using SiteGen.Diagnostics;

namespace SiteGen.Verification.Model;

/// <summary>
/// One rule a built site must satisfy. Checks are small and independent; <see cref="SiteVerifier"/> runs them all.
/// A page check (<see cref="IPageCheck"/>) reads one page at a time, in one pass over its elements, so pages are
/// checked in parallel and nothing of a page is kept but its findings and <see cref="PageFacts"/>; a whole-site check
/// (<see cref="IWholeSiteCheck"/>) runs once at the end over every page's facts (ids and links).
/// </summary>
public interface ISiteCheck
{
    /// <summary>The diagnostic code (<c>SG5002</c>), listed in the README.</summary>
    string Code { get; }

    Severity Severity { get; }
}
