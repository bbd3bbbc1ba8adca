using SiteGen.Diagnostics;

namespace SiteGen.Verification.Checks;

/// <summary>Every article page (<c>artikelen/*/index.html</c>) is linked from the index page: nothing a reader cannot reach.</summary>
public sealed class ArticlesLinkedCheck : ISiteCheck
{
    public string Code => "SG5009";

    public Severity Severity => Severity.Error;

    public bool WholeSite => true;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        var index = site.FactsOf("index.html");
        var linked = index is null
            ? []
            : index.Links.Select(l => site.Resolve(index.Path, l.Url).File).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var page in site.Facts.Where(p => p.Path.StartsWith("artikelen/", StringComparison.Ordinal) && p.Path.EndsWith("/index.html", StringComparison.Ordinal)))
            if (!linked.Contains(page.Path))
                yield return new Finding(page.Path, 0, 0, "This article page is not linked from the index page.",
                    "The index template must link every entry's url (and sources) of the timeline.");
    }
}
