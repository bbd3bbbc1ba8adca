using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every article page (<c>artikelen/*/index.html</c>) is linked from the timeline (the index page, or its year pages): nothing a reader cannot reach.</summary>
public sealed class ArticlesLinkedCheck : IWholeSiteCheck
{
    public string Code => "SG5009";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        // The timeline is the home page, or the home page and one page per year (tijdlijn/2022/) on large sites.
        var linked = site.Facts.Where(p => p.Path == "index.html" || p.Path.StartsWith("tijdlijn/", StringComparison.Ordinal))
            .SelectMany(p => p.Links.Select(l => site.Resolve(p.Path, l.Url).File))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var page in site.Facts.Where(p => p.Path.StartsWith("artikelen/", StringComparison.Ordinal) && p.Path.EndsWith("/index.html", StringComparison.Ordinal)))
            if (!linked.Contains(page.Path))
                yield return new Finding(page.Path, 0, 0, "This article page is not linked from the index page.",
                    "The index template must link every entry's url (and sources) of the timeline.");
    }
}
