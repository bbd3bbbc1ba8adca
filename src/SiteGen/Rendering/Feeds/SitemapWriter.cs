using System.Text;
using SiteGen.Output;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Feeds;

/// <summary>
/// <c>sitemap.xml</c> listing every HTML page but 404, and <c>robots.txt</c> pointing at it. Sitemaps want absolute
/// URLs: they are absolute when <c>url</c> is configured, root-relative otherwise (the README says so).
/// </summary>
public static class SitemapWriter
{
    public static IReadOnlyList<OutputFile> Write(IEnumerable<OutputFile> pages, SiteUrls urls, bool hasSiteUrl)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Path.EndsWith("index.html", StringComparison.Ordinal)).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            var path = page.Path[..^"index.html".Length];
            sb.Append("  <url><loc>").Append(XmlEscape.Text(urls.Canonical(path))).Append("</loc></url>\n");
        }
        sb.Append("</urlset>\n");

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (hasSiteUrl) robots.Append("Sitemap: ").Append(urls.Canonical("sitemap.xml")).Append('\n');
        return [OutputFile.Text("sitemap.xml", sb.ToString()), OutputFile.Text("robots.txt", robots.ToString())];
    }
}
