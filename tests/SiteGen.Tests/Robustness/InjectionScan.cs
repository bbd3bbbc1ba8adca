using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Independent of the site's own verifier: scans every HTML page of a built site with AngleSharp for markup that
/// could run or restyle anything (script not among wwwroot's own files, a data block that is not JSON, on* attributes, javascript:/vbscript:/data:
/// URLs, frames, objects, base, inline style blocks) and for the Content-Security-Policy meta. Returns one line per problem.
/// </summary>
internal static partial class InjectionScan
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "cite"];
    private static readonly string[] ForbiddenElements = ["iframe", "frame", "object", "embed", "applet", "base", "style", "form", "math"];

    public static IReadOnlyList<string> Problems(string site, string wwwroot)
    {
        var ownScripts = Directory.Exists(wwwroot)
            ? Directory.EnumerateFiles(wwwroot, "*.js", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(wwwroot, f).Replace('\\', '/')).ToHashSet()
            : [];
        var problems = new List<string>();
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(site, file).Replace('\\', '/');
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.All)
                problems.AddRange(Check(element, ownScripts).Select(p => $"{page}: {p}"));
            var csp = document.QuerySelectorAll("head meta[http-equiv]")
                .FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
            if (csp?.GetAttribute("content") is not { } policy || !policy.Contains("script-src 'self'") && !policy.StartsWith("default-src 'self'"))
                problems.Add($"{page}: no Content-Security-Policy meta limiting scripts to 'self'");
            else if (policy.Contains("unsafe-inline") || policy.Contains("unsafe-eval"))
                problems.Add($"{page}: Content-Security-Policy allows unsafe-inline or unsafe-eval");
        }
        return problems;
    }

    private static IEnumerable<string> Check(IElement element, IReadOnlySet<string> ownScripts)
    {
        var name = element.LocalName;
        if (name == "script" && IsDataBlock(element))
        {
            // A data block (JSON-LD, the timeline's texts) never runs; it must hold nothing but JSON, so article text
            // in it cannot have closed it early and opened a script of its own.
            if (!IsJson(element.TextContent)) yield return $"<script type='{element.GetAttribute("type")}'> that is not JSON";
        }
        else if (name == "script")
        {
            var src = element.GetAttribute("src");
            // Published names carry a content hash (`js/timeline.6bedfa59.js`); compare without it.
            var path = src is null ? null : HashedName().Replace(src.Split('?', '#')[0], "$1");
            var own = path is not null && element.TextContent.Trim().Length == 0 && ownScripts.Any(s => path.EndsWith("/" + s, StringComparison.Ordinal));
            if (!own) yield return $"<script src='{src}'> is not one of the site's own scripts";
        }
        // The timeline's own search form submits nowhere (`action="#"`); any other form could send readers' input away.
        var ownForm = name == "form" && element.GetAttribute("action") == "#";
        if (ForbiddenElements.Contains(name) && !ownForm || name == "svg" && element.QuerySelector("script") is not null)
            yield return $"<{name}> element";
        if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            yield return "<meta http-equiv=refresh>";
        foreach (var attribute in element.Attributes)
        {
            if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                yield return $"<{name} {attribute.LocalName}=…> inline event handler";
            if (attribute.LocalName == "style")
                yield return $"<{name} style=…> inline style";
            if (UrlAttributes.Contains(attribute.LocalName) && IsScriptUrl(attribute.Value))
                yield return $"<{name} {attribute.LocalName}='{attribute.Value}'> script URL";
        }
    }

    private static bool IsDataBlock(IElement script) =>
        script.GetAttribute("src") is null && script.GetAttribute("type") is "application/ld+json" or "application/json";

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    // Browsers drop ASCII whitespace and control characters inside the scheme before looking at it.
    private static bool IsScriptUrl(string value)
    {
        var scheme = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return scheme.StartsWith("javascript:") || scheme.StartsWith("vbscript:") || scheme.StartsWith("data:text/html");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{8}(\.[a-z]+)$")]
    private static partial System.Text.RegularExpressions.Regex HashedName();
}
