using SiteGen.Diagnostics;

namespace SiteGen.Verification.Checks;

/// <summary>Every internal link with a fragment (<c>#z-120</c>) points at an element with that id on the target page.</summary>
public sealed class AnchorCheck : ISiteCheck
{
    public string Code => "SG5003";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site)
    {
        foreach (var page in site.Pages)
            foreach (var (element, url) in LinkTargets.Of(page))
            {
                var (file, fragment) = site.Resolve(page, url);
                if (file is null || string.IsNullOrEmpty(fragment) || site.Page(file) is not { } target) continue;
                if (target.Document.GetElementById(fragment) is null)
                    yield return new Finding(page, element, $"Link '{url}' points at '#{fragment}', which '{file}' does not have.",
                        "Link to an id that exists on the target page.");
            }
    }
}
