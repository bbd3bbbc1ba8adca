using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page has exactly one h1: the page's own heading, which screen-reader users jump to.</summary>
public sealed class DomSingleH1Check : IDomCheck
{
    public string Code => "SG5006";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        foreach (var page in site.Pages)
        {
            var h1 = page.Named("h1").ToList();
            if (h1.Count != 1)
                yield return DomFinding.At(page, h1.Count > 1 ? h1[1] : page.Document.Body, $"The page has {h1.Count} h1 elements; it must have exactly one.",
                    "Keep one h1 per page template; use h2 and below inside content.");
        }
    }
}
