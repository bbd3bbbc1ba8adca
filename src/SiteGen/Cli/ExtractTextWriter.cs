using System.Text;
using SiteGen.Articles;
using SiteGen.Rendering.Dates;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen extract --format text</c>: the article for a person to read, each expression marked in place as
/// <c>[[vorig jaar|2021]]</c> (with <c> START</c> etc. when the value has a modifier).
/// </summary>
public static class ExtractTextWriter
{
    public static string Write(Article article)
    {
        var text = article.Source.Text;
        var sb = new StringBuilder();
        sb.Append("# ").Append(article.Id).Append(" — ").Append(article.Title).Append('\n');
        sb.Append("# dct: ").Append(article.Date?.Value ?? "(none)");
        if (article.Date is { } d) sb.Append(" (").Append(d.Source).Append(d.Estimated ? ", estimated" : "").Append(')');
        sb.Append('\n');
        var at = 0;
        foreach (var m in article.Temporal.Matches.OrderBy(m => m.Start))
        {
            if (m.Start < at || m.End > text.Length) continue;
            sb.Append(text, at, m.Start - at).Append("[[").Append(text, m.Start, m.End - m.Start).Append('|').Append(m.Value);
            if (TimexNames.Mod(m.Mod) is { } mod) sb.Append(' ').Append(mod);
            sb.Append("]]");
            at = m.End;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString().Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }
}
