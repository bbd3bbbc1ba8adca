using System.Text;
using SiteGen.Output;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Feeds;

/// <summary>
/// <c>sitemap.xml</c> listing every HTML page but 404, and <c>robots.txt</c> pointing at it. Sitemaps want absolute
/// URLs: they are absolute when <c>url</c> is configured, root-relative otherwise (the README says so). A sitemap
/// may list at most 50,000 URLs (sitemaps.org): a larger site gets <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> … and
/// <c>sitemap.xml</c> becomes their index, so robots.txt and search consoles keep the one address.
/// </summary>
public static class SitemapWriter
{
    /// <summary>The most URLs one sitemap file may list (sitemaps.org protocol).</summary>
    public const int MaxUrls = 50_000;

    public static IReadOnlyList<OutputFile> Write(IEnumerable<OutputFile> pages, SiteUrls urls, bool hasSiteUrl)
    {
        var locations = pages.Where(p => p.Path.EndsWith("index.html", StringComparison.Ordinal)).Select(p => p.Path)
            .Order(StringComparer.Ordinal).Select(path => urls.Canonical(path[..^"index.html".Length])).ToList();
        var files = new List<OutputFile>();
        if (locations.Count <= MaxUrls)
            files.Add(OutputFile.Text("sitemap.xml", UrlSet(locations)));
        else
        {
            var parts = locations.Chunk(MaxUrls).Select((chunk, i) => OutputFile.Text($"sitemap-{i + 1}.xml", UrlSet(chunk))).ToList();
            var index = new StringBuilder(Header).Append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var part in parts)
                index.Append("  <sitemap><loc>").Append(XmlEscape.Text(urls.Canonical(part.Path))).Append("</loc></sitemap>\n");
            files.Add(OutputFile.Text("sitemap.xml", index.Append("</sitemapindex>\n").ToString()));
            files.AddRange(parts);
        }

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (hasSiteUrl) robots.Append("Sitemap: ").Append(urls.Canonical("sitemap.xml")).Append('\n');
        files.Add(OutputFile.Text("robots.txt", robots.ToString()));
        return files;
    }

    private const string Header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private static string UrlSet(IEnumerable<string> locations)
    {
        var sb = new StringBuilder(Header).Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var location in locations)
            sb.Append("  <url><loc>").Append(XmlEscape.Text(location)).Append("</loc></url>\n");
        return sb.Append("</urlset>\n").ToString();
    }
}
