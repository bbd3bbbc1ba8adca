using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>No inline event handler attributes (<c>onclick</c>, <c>onerror</c> …): they run script the CSP could not vouch for.</summary>
public sealed class DomInlineHandlerCheck : IDomCheck
{
    public string Code => "SG5011";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        // Plain loops: this visits every attribute of every element of every page.
        foreach (var page in site.Pages)
            foreach (var element in page.Elements)
                foreach (var attribute in element.Attributes)
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        yield return DomFinding.At(page, element, $"Inline event handler '{attribute.Name}' on <{element.LocalName}>.",
                            "Attach behaviour from the site's own script file instead.");
    }
}
