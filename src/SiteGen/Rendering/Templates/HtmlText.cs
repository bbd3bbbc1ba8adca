using System.Text;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// HTML-encodes text from articles. Only the five significant characters are replaced (quotes too, so a value is
/// safe in an attribute whichever quote a template uses) and Dutch letters stay readable in the source.
/// Carriage returns are dropped so every page has LF line endings whatever the input had.
/// </summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'\r\0");

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Most values a page writes (addresses, dates, names) have nothing to replace: they are written as they are,
        // not copied through a new builder (a fifth of what a page's values cost to write).
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text.AsSpan());
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n') sb.Append('\n');
                    break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>Newlines as LF only, for text written outside HTML (feeds, sitemaps, robots.txt).</summary>
    public static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
