using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page has a non-empty &lt;title&gt;.</summary>
public sealed class DomTitleCheck : IDomCheck
{
    public string Code => "SG5005";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Document.Title))
            .Select(p => DomFinding.At(p, p.Document.Head, "The page has no <title>.", "Write <title>{{ page.title }}</title> in layout.sbn."));
}
