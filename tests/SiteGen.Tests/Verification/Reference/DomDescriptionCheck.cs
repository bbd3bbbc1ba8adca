using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page has a non-empty meta description (shown by search engines and link previews).</summary>
public sealed class DomDescriptionCheck : IDomCheck
{
    public string Code => "SG5007";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Named("meta").FirstOrDefault(m => m.GetAttribute("name") == "description")?.GetAttribute("content")))
            .Select(p => DomFinding.At(p, p.Document.Head, "The page has no meta description.", "Write <meta name=\"description\" content=\"{{ page.description }}\"> in layout.sbn."));
}
