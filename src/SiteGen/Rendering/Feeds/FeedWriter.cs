using System.Text;
using SiteGen.Articles;
using SiteGen.Output;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Feeds;

/// <summary>
/// The Atom feed (<c>feed.xml</c>) of the newest dated articles. Dates come from the articles, never the clock, so the
/// feed is as reproducible as the pages; an article known only to the month is dated the first of that month.
/// </summary>
public static class FeedWriter
{
    public static OutputFile Write(IReadOnlyList<Article> ordered, SiteUrls urls, string title, string language, int limit = 50)
    {
        var dated = ordered.Where(a => TimexPeriod.StartOf(a.Date?.Value) is not null).Reverse().Take(limit).ToList();
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(XmlEscape.Text(language)).Append("\">\n");
        sb.Append("  <title>").Append(XmlEscape.Text(title)).Append("</title>\n");
        sb.Append("  <id>").Append(XmlEscape.Text(urls.Canonical(""))).Append("</id>\n");
        sb.Append("  <link rel=\"alternate\" href=\"").Append(XmlEscape.Text(urls.Canonical(""))).Append("\"/>\n");
        sb.Append("  <link rel=\"self\" href=\"").Append(XmlEscape.Text(urls.Canonical("feed.xml"))).Append("\"/>\n");
        sb.Append("  <updated>").Append(dated.Count > 0 ? Stamp(dated[0]) : "1970-01-01T00:00:00Z").Append("</updated>\n");
        foreach (var article in dated)
        {
            var link = urls.Canonical(SiteUrls.ArticlePath(article.Slug));
            sb.Append("  <entry>\n");
            sb.Append("    <title>").Append(XmlEscape.Text(article.Title)).Append("</title>\n");
            sb.Append("    <id>").Append(XmlEscape.Text(link)).Append("</id>\n");
            sb.Append("    <link rel=\"alternate\" href=\"").Append(XmlEscape.Text(link)).Append("\"/>\n");
            sb.Append("    <updated>").Append(Stamp(article)).Append("</updated>\n");
            if (article.Meta.Author is { Length: > 0 } author)
                sb.Append("    <author><name>").Append(XmlEscape.Text(author)).Append("</name></author>\n");
            sb.Append("    <summary>").Append(XmlEscape.Text(ArticleSummary.Of(article, 300))).Append("</summary>\n");
            sb.Append("  </entry>\n");
        }
        sb.Append("</feed>\n");
        return OutputFile.Text("feed.xml", sb.ToString());
    }

    private static string Stamp(Article article)
    {
        var value = article.Date!.Value;
        var day = TimexPeriod.StartOf(value)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var time = value.Length >= 16 && value[10] == 'T' && char.IsDigit(value[11]) ? value[11..16] : "00:00";
        return $"{day}T{time}:00Z";
    }
}
