using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page parses as HTML without errors: broken markup from a template shows here first.</summary>
public sealed class ParseCheck : IPageCheck
{
    private static readonly Rule Shared = new();

    public string Code => "SG5001";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => Shared;

    private sealed class Rule : PageRule
    {
        public override IEnumerable<Finding> End(PageOutline page) =>
            page.ParseErrors.Select(e => page.At((0, 0), $"HTML parse error at line {e.Line}, column {e.Column}: {e.Message}",
                "Fix the markup in the template that writes this page."));
    }
}
