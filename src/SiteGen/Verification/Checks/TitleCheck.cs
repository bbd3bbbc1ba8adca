using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has a non-empty &lt;title&gt;.</summary>
public sealed class TitleCheck : ISiteCheck
{
    public string Code => "SG5005";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Document.Title))
            .Select(p => Finding.At(p, p.Document.Head, "The page has no <title>.", "Write <title>{{ page.title }}</title> in layout.sbn."));
}
