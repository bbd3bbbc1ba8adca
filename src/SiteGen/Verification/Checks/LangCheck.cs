using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page says its language on &lt;html lang&gt;, so screen readers pronounce it right.</summary>
public sealed class LangCheck : IPageCheck
{
    private static readonly Rule Shared = new();

    public string Code => "SG5004";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => Shared;

    private sealed class Rule : PageRule
    {
        public override IEnumerable<Finding> End(PageOutline page) =>
            string.IsNullOrWhiteSpace(page.Lang)
                ? [page.At(page.Html, "The page has no lang attribute on <html>.", "Write <html lang=\"{{ site.language }}\"> in layout.sbn.")]
                : [];
    }
}
