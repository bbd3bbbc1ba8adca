using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Feeds;

/// <summary>
/// Encodes text for the XML files of the site (<c>feed.xml</c>, <c>sitemap.xml</c>): as <see cref="HtmlText"/> does,
/// and every character XML 1.0 does not allow (control characters other than tab and line breaks, U+FFFE, U+FFFF, a
/// surrogate without its pair) as U+FFFD, so an article's stray bytes cannot make a file no feed reader or search
/// engine will parse.
/// </summary>
public static class XmlEscape
{
    public static string Text(string? text) => HtmlText.Encode(text is null ? null : Allowed(text));

    private static string Allowed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (c is '\t' or '\n' or '\r' || c >= ' ' && c is not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(c)) continue;
            (chars ??= text.ToCharArray())[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }
}
