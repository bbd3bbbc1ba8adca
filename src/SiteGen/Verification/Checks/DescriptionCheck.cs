using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has a non-empty meta description (shown by search engines and link previews).</summary>
public sealed class DescriptionCheck : IPageCheck
{
    public string Code => "SG5007";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule();

    private sealed class Rule : PageRule
    {
        private bool _seen;
        private string? _content;

        // The first <meta name="description"> counts, as a search engine reads it.
        public override void See(in PageElement element)
        {
            if (_seen || element.Name != "meta" || element.Attribute("name") != "description") return;
            _seen = true;
            _content = element.Attribute("content");
        }

        public override IEnumerable<Finding> End(PageOutline page) =>
            string.IsNullOrWhiteSpace(_content)
                ? [page.At(page.Head, "The page has no meta description.", "Write <meta name=\"description\" content=\"{{ page.description }}\"> in layout.sbn.")]
                : [];
    }
}
