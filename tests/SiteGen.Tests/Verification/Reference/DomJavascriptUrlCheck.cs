using SiteGen.Diagnostics;
using SiteGen.Verification.Checks;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>
/// No script URL (<c>javascript:</c>, <c>vbscript:</c>, <c>data:text/html</c>) in any attribute a browser follows as a URL,
/// nor in a <c>&lt;meta http-equiv=refresh&gt;</c> target. Browsers ignore whitespace, control characters and case in
/// the scheme, so this does too. Text attributes (a description that merely reads "javascript:…") are not URLs.
/// </summary>
public sealed class DomJavascriptUrlCheck : IDomCheck
{
    public string Code => "SG5012";

    public Severity Severity => Severity.Error;

    public IEnumerable<Finding> Run(DomSite site)
    {
        // Plain loops: this visits every attribute of every element of every page.
        foreach (var page in site.Pages)
            foreach (var element in page.Elements)
                foreach (var attribute in element.Attributes)
                    if (IsUrlAttribute(element, attribute.Name) && JavascriptUrlCheck.IsScriptUrl(UrlPart(element, attribute.Value)))
                        yield return DomFinding.At(page, element, $"A script URL in '{attribute.Name}' on <{element.LocalName}>.",
                            "Use a real link; content must never carry script.");
    }

    private static bool IsUrlAttribute(AngleSharp.Dom.IElement element, string name) =>
        JavascriptUrlCheck.UrlAttributes.Contains(name) || name == "content" && IsRefresh(element);

    private static bool IsRefresh(AngleSharp.Dom.IElement element) =>
        element.LocalName == "meta"
        && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase);

    // <meta http-equiv=refresh content="0; url=…">: the URL follows "url=".
    private static string UrlPart(AngleSharp.Dom.IElement element, string value)
    {
        if (!IsRefresh(element))
            return value;
        var at = value.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? value : value[(at + 4)..].Trim('\'', '"', ' ');
    }
}
