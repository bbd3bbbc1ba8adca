using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has one canonical link; a root-relative one must lie under the base URL (resolution is the link check's job).</summary>
public sealed class CanonicalCheck : IPageCheck
{
    public string Code => "SG5008";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule(site.BaseUrl);

    private sealed class Rule(string baseUrl) : PageRule
    {
        private int _count;
        private string _href = "";
        private (int, int) _first;

        public override void See(in PageElement element)
        {
            if (element.Name != "link" || element.Attribute("rel") != "canonical" || _count++ > 0) return;
            _href = element.Attribute("href") ?? "";
            _first = (element.Line, element.Column);
        }

        public override IEnumerable<Finding> End(PageOutline page)
        {
            if (_count != 1 || _href.Length == 0)
                return [page.At(page.Head, $"The page has {_count} canonical links; it needs exactly one with an href.",
                    "Write <link rel=\"canonical\" href=\"{{ page.canonical }}\"> in layout.sbn.")];
            if (_href.StartsWith('/') && !_href.StartsWith(baseUrl, StringComparison.Ordinal))
                return [page.At(_first, $"The canonical URL '{_href}' is outside the base URL '{baseUrl}'.",
                    "Build with the same --base-url the site is served under.")];
            return [];
        }
    }
}
