using SiteGen.Diagnostics;
using SiteGen.Verification.Checks;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>
/// Every page carries a Content-Security-Policy meta tag that allows scripts and styles only from the site itself:
/// <c>default-src 'self'</c> (or script-src and style-src 'self'), and no <c>'unsafe-inline'</c>, <c>'unsafe-eval'</c>, <c>*</c> or <c>data:</c> for them.
/// </summary>
public sealed class DomCspCheck : IDomCheck
{
    public string Code => "SG5013";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        foreach (var page in site.Pages)
        {
            var meta = page.Named("meta")
                .FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
            var problem = meta is null ? "The page has no Content-Security-Policy meta tag." : CspCheck.Problem(meta.GetAttribute("content") ?? "");
            if (problem is not null)
                yield return DomFinding.At(page, meta ?? page.Document.Head, problem,
                    "Write <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; …\"> in layout.sbn.");
        }
    }
}
