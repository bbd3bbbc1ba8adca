using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page says its language on &lt;html lang&gt;, so screen readers pronounce it right.</summary>
public sealed class DomLangCheck : IDomCheck
{
    public string Code => "SG5004";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Document.DocumentElement.GetAttribute("lang")))
            .Select(p => DomFinding.At(p, p.Document.DocumentElement, "The page has no lang attribute on <html>.", "Write <html lang=\"{{ site.language }}\"> in layout.sbn."));
}
