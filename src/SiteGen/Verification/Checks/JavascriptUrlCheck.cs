using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>
/// No script URL (<c>javascript:</c>, <c>vbscript:</c>, <c>data:text/html</c>) in any attribute a browser follows as a URL,
/// nor in a <c>&lt;meta http-equiv=refresh&gt;</c> target. Browsers ignore whitespace, control characters and case in
/// the scheme, so this does too. Text attributes (a description that merely reads "javascript:…") are not URLs.
/// </summary>
public sealed class JavascriptUrlCheck : IPageCheck
{
    internal static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "codebase",
        "longdesc", "lowsrc", "dynsrc", "manifest", "ping", "srcset", "usemap", "profile", "icon", "archive",
    };

    public string Code => "SG5012";

    public Severity Severity => Severity.Error;

    public PageRule Start(SiteSnapshot site, string path) => new Rule(path);

    private sealed class Rule(string path) : PageRule
    {
        private List<Finding>? _found;

        // A plain loop: this visits every attribute of every element of every page.
        public override void See(in PageElement element)
        {
            foreach (var attribute in element.Attributes)
            {
                ReadOnlySpan<char> name = attribute.Name;
                if (IsUrlAttribute(element, name) && IsScriptUrl(UrlPart(element, attribute.Value)))
                    (_found ??= []).Add(element.Finding(path, $"A script URL in '{name}' on <{element.Name}>.",
                        "Use a real link; content must never carry script."));
            }
        }

        public override IEnumerable<Finding> End(PageOutline page) => _found ?? [];
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UrlAttributeSpans =
        UrlAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsUrlAttribute(in PageElement element, ReadOnlySpan<char> name) =>
        UrlAttributeSpans.Contains(name) || name.SequenceEqual("content") && IsRefresh(element);

    private static bool IsRefresh(in PageElement element) =>
        element.Name == "meta" && string.Equals(element.Attribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase);

    // <meta http-equiv=refresh content="0; url=…">: the URL follows "url=".
    private static ReadOnlySpan<char> UrlPart(in PageElement element, ReadOnlySpan<char> value)
    {
        if (!IsRefresh(element))
            return value;
        var at = value.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? value : value[(at + 4)..].Trim("'\" ");
    }

    internal static bool IsScriptUrl(ReadOnlySpan<char> value) =>
        StartsCompact(value, "javascript:") || StartsCompact(value, "vbscript:") || StartsCompact(value, "data:text/html");

    /// <summary>Whether <paramref name="value"/>, with whitespace and control characters left out, starts with <paramref name="prefix"/> in ASCII letters of any case, as browsers read a scheme.</summary>
    private static bool StartsCompact(ReadOnlySpan<char> value, string prefix)
    {
        var matched = 0;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) continue;
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != prefix[matched]) return false;
            if (++matched == prefix.Length) return true;
        }
        return false;
    }
}
