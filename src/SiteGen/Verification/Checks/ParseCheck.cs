using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>Every page parses as HTML without errors: broken markup from a template shows here first.</summary>
public sealed class ParseCheck : ISiteCheck
{
    public string Code => "SG5001";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site) =>
        site.Pages.SelectMany(page => page.ParseErrors.Select(e =>
            Finding.At(page, null, $"HTML parse error at line {e.Line}, column {e.Column}: {e.Message}", "Fix the markup in the template that writes this page.")));
}
