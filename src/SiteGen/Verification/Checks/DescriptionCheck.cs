using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has a non-empty meta description (shown by search engines and link previews).</summary>
public sealed class DescriptionCheck : ISiteCheck
{
    public string Code => "SG5007";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Named("meta").FirstOrDefault(m => m.GetAttribute("name") == "description")?.GetAttribute("content")))
            .Select(p => Finding.At(p, p.Document.Head, "The page has no meta description.", "Write <meta name=\"description\" content=\"{{ page.description }}\"> in layout.sbn."));
}
