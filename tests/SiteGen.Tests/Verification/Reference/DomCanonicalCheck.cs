using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page has one canonical link; a root-relative one must lie under the base URL (resolution is the link check's job).</summary>
public sealed class DomCanonicalCheck : IDomCheck
{
    public string Code => "SG5008";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        foreach (var page in site.Pages)
        {
            var links = page.Named("link").Where(l => l.GetAttribute("rel") == "canonical").ToList();
            var href = links.Count == 1 ? links[0].GetAttribute("href") ?? "" : "";
            if (links.Count != 1 || href.Length == 0)
                yield return DomFinding.At(page, page.Document.Head, $"The page has {links.Count} canonical links; it needs exactly one with an href.",
                    "Write <link rel=\"canonical\" href=\"{{ page.canonical }}\"> in layout.sbn.");
            else if (href.StartsWith('/') && !href.StartsWith(site.BaseUrl, StringComparison.Ordinal))
                yield return DomFinding.At(page, links[0], $"The canonical URL '{href}' is outside the base URL '{site.BaseUrl}'.",
                    "Build with the same --base-url the site is served under.");
        }
    }
}
