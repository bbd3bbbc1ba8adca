using System.Text.RegularExpressions;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// Raw HTML in an article that would take in everything after it: an element whose content the HTML parser reads as
/// text up to its own end tag (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>, <c>iframe</c>, <c>noembed</c>,
/// <c>noframes</c>, <c>noscript</c>, <c>xmp</c>), <c>plaintext</c> (which never ends), a <c>select</c> or a comment,
/// opened and never closed. Left as they are, the rest of the article disappears into them (the page then also loses
/// the anchors the timeline links to). Each one found is shown as text instead, and the article is named.
/// </summary>
public static partial class UnclosedHtml
{
    [GeneratedRegex(@"<(?:(?<name>script|style|textarea|title|iframe|noembed|noframes|noscript|xmp|plaintext|select)(?=[\s/>])|(?<comment>!--))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>Where each element that is never closed opens in <paramref name="html"/> (the index of its '&lt;') and its name.</summary>
    public static IReadOnlyList<(int Index, string Name)> Find(string html)
    {
        var found = new List<(int, string)>();
        var at = 0;
        while (Opening().Match(html, at) is { Success: true } open)
        {
            var comment = open.Groups["comment"].Success;
            var name = comment ? "!--" : open.Groups["name"].Value.ToLowerInvariant();
            var end = comment ? html.IndexOf("-->", open.Index + 4, StringComparison.Ordinal)
                : name == "plaintext" ? -1 : ClosingTag(html, name, open.Index + 1 + name.Length);
            if (end < 0)
            {
                found.Add((open.Index, name));
                at = open.Index + 1;
            }
            else at = end + 1;
        }
        return found;
    }

    /// <summary>How the element is named in a message: <c>&lt;textarea&gt;</c>, or <c>&lt;!--</c> for a comment.</summary>
    public static string Shown(string name) => name == "!--" ? "<!--" : $"<{name}>";

    private static int ClosingTag(string html, string name, int from)
    {
        for (var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf("</" + name, at + 2, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + 2 + name.Length;
            if (after >= html.Length || html[after] is '>' or '/' || char.IsWhiteSpace(html[after])) return at;
        }
        return -1;
    }
}
