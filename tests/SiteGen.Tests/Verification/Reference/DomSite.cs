using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>The pages a <see cref="IDomCheck"/> reads, parsed, and the site's files to resolve their links against.</summary>
public sealed class DomSite(SiteSnapshot site, IEnumerable<SitePage> pages)
{
    private readonly SitePage[] _pages = [.. pages.OrderBy(p => p.Path, StringComparer.Ordinal)];

    public string BaseUrl => site.BaseUrl;

    public IEnumerable<SitePage> Pages => _pages;

    public (string? File, string? Fragment) Resolve(SitePage from, string url) => site.Resolve(from.Path, url);
}
