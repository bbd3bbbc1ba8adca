using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>Every page parses as HTML without errors: broken markup from a template shows here first.</summary>
public sealed class DomParseCheck : IDomCheck
{
    public string Code => "SG5001";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site) =>
        site.Pages.SelectMany(page => page.ParseErrors.Select(e =>
            DomFinding.At(page, null, $"HTML parse error at line {e.Line}, column {e.Column}: {e.Message}", "Fix the markup in the template that writes this page.")));
}
