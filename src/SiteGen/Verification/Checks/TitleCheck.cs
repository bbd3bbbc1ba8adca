using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has a non-empty &lt;title&gt;.</summary>
public sealed class TitleCheck : IPageCheck
{
    private static readonly Rule Shared = new();

    public string Code => "SG5005";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => Shared;

    private sealed class Rule : PageRule
    {
        public override IEnumerable<Finding> End(PageOutline page) =>
            string.IsNullOrWhiteSpace(page.Title)
                ? [page.At(page.Head, "The page has no <title>.", "Write <title>{{ page.title }}</title> in layout.sbn.")]
                : [];
    }
}
