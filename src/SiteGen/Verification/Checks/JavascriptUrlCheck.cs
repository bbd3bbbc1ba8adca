using SiteGen.Diagnostics;

namespace SiteGen.Verification.Checks;

/// <summary>No <c>javascript:</c> URL in any attribute (browsers ignore whitespace and case in the scheme, so this does too).</summary>
public sealed class JavascriptUrlCheck : ISiteCheck
{
    public string Code => "SG5012";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(SiteSnapshot site) =>
        from page in site.Pages
        from element in page.Document.All
        from attribute in element.Attributes
        where IsJavascript(attribute.Value)
        select Finding.At(page, element, $"A javascript: URL in '{attribute.Name}' on <{element.LocalName}>.",
            "Use a real link; content must never carry script.");

    private static bool IsJavascript(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }
}
