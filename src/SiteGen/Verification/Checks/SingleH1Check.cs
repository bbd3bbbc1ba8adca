using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page has exactly one h1: the page's own heading, which screen-reader users jump to.</summary>
public sealed class SingleH1Check : IPageCheck
{
    public string Code => "SG5006";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule();

    private sealed class Rule : PageRule
    {
        private int _count;
        private (int, int) _second;

        public override void See(in PageElement element)
        {
            if (element.Name != "h1") return;
            if (++_count == 2) _second = (element.Line, element.Column);
        }

        // The second h1 is the one to remove; with none, the body is where one belongs.
        public override IEnumerable<Finding> End(PageOutline page) =>
            _count == 1 ? [] :
            [
                page.At(_count > 1 ? _second : page.Body, $"The page has {_count} h1 elements; it must have exactly one.",
                    "Keep one h1 per page template; use h2 and below inside content."),
            ];
    }
}
