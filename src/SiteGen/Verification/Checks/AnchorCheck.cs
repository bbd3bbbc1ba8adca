using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every internal link with a fragment (<c>#z-120</c>) points at an element with that id on the target page.</summary>
public sealed class AnchorCheck : IWholeSiteCheck
{
    public string Code => "SG5003";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        foreach (var page in site.Facts)
            foreach (var link in page.Links)
            {
                var (file, fragment) = site.Resolve(page.Path, link.Url);
                if (file is null || string.IsNullOrEmpty(fragment) || site.FactsOf(file) is not { } target) continue;
                if (!target.Ids.Contains(fragment))
                    yield return new Finding(page.Path, link.Line, link.Column, $"Link '{link.Url}' points at '#{fragment}', which '{file}' does not have.",
                        "Link to an id that exists on the target page.") { Url = link.Url };
            }
    }
}
