using System.Xml;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Feeds;
using SiteGen.Tests.Support;
using SiteGen.Verification;
using Xunit;

namespace SiteGen.Tests.Rendering.Feeds;

/// <summary>Characters XML 1.0 forbids never reach feed.xml or sitemap.xml, and verification parses both.</summary>
public class XmlOutputTests
{
    private const string Forbidden = "\u0001\u0008\u000B\u001B\uFFFE\uFFFF";

    [Fact]
    public void Control_characters_and_non_characters_in_an_article_leave_the_feed_and_sitemap_well_formed()
    {
        using var temp = new TempFolder();
        temp.Write("in/vreemd.txt", $"Kop met {Forbidden} tekens\n\nOp 4 maart 2022 sprak de minister{Forbidden} in Den Haag over stikstof.\n");
        var options = SiteRun.Options(temp.Path, "in") with { SiteUrl = "https://example.org/site/" };

        var (report, bag) = SiteRun.Build(options);

        Assert.True(report.Published, string.Join("\n", bag.Sorted));
        foreach (var name in new[] { "feed.xml", "sitemap.xml" })
        {
            var text = File.ReadAllText(Path.Combine(options.Output, name));
            AssertWellFormed(text);
            Assert.DoesNotContain(text, c => Forbidden.Contains(c));
        }
        // Shown as U+FFFD where the article has them, not dropped without a trace.
        Assert.Contains("minister\uFFFD\uFFFD", File.ReadAllText(Path.Combine(options.Output, "feed.xml")));
    }

    [Theory]
    [InlineData("a\u0001b", "a\uFFFDb")]
    [InlineData("a\uFFFEb\uFFFF", "a\uFFFDb\uFFFD")]
    [InlineData("tab\tlf\ncrlf\r\n", "tab\tlf\ncrlf\n")]
    [InlineData("<&\"'>", "&lt;&amp;&quot;&#39;&gt;")]
    [InlineData("krant 📰", "krant 📰")]
    public void Xml_text_keeps_what_xml_allows_and_replaces_the_rest(string text, string expected) =>
        Assert.Equal(expected, XmlEscape.Text(text));

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character() =>
        Assert.Equal("a\uFFFDb", XmlEscape.Text("a" + '\uD800' + "b"));

    [Fact]
    public void Verify_reports_a_feed_that_is_not_well_formed()
    {
        using var temp = new TempFolder();
        temp.Write("site/feed.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed>\n  <title>a\u0001b</title>\n</feed>\n");
        temp.Write("site/sitemap.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset><url></urlset>\n");
        var diagnostics = new DiagnosticBag();

        var errors = SiteVerifier.Default.Verify(temp.Combine("site"), "/", "site", diagnostics);

        Assert.Equal(2, errors);
        Assert.Contains(diagnostics.Sorted, d => d is { Code: "SG5014", File: "site/feed.xml", Line: 3 });
        Assert.Contains(diagnostics.Sorted, d => d is { Code: "SG5014", File: "site/sitemap.xml", Line: 2 });
    }

    [Fact]
    public void A_site_of_more_than_fifty_thousand_pages_gets_a_sitemap_index_over_sitemaps_of_at_most_fifty_thousand()
    {
        var urls = new SiteGen.Rendering.Pages.SiteUrls(SiteGen.Configuration.SiteOptions.ForRoot(Path.GetTempPath())
            with { BaseUrl = "/repo/", SiteUrl = "https://example.org/repo/" }, new Dictionary<string, string>());
        var pages = Enumerable.Range(0, 120_001).Select(i => SiteGen.Output.OutputFile.Text($"artikelen/a{i:000000}/index.html", ""))
            .Append(SiteGen.Output.OutputFile.Text("404.html", "")).ToList();

        var files = SitemapWriter.Write(pages, urls, hasSiteUrl: true).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));

        Assert.Equal(["robots.txt", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Keys.Order(StringComparer.Ordinal));
        var index = new XmlDocument();
        index.LoadXml(files["sitemap.xml"]);
        Assert.Equal("sitemapindex", index.DocumentElement!.LocalName);
        Assert.Equal(["https://example.org/repo/sitemap-1.xml", "https://example.org/repo/sitemap-2.xml", "https://example.org/repo/sitemap-3.xml"],
            index.GetElementsByTagName("loc").Cast<XmlNode>().Select(n => n.InnerText));
        var listed = new List<string>();
        foreach (var part in new[] { "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml" })
        {
            var set = new XmlDocument();
            set.LoadXml(files[part]);
            var locations = set.GetElementsByTagName("loc").Cast<XmlNode>().Select(n => n.InnerText).ToList();
            Assert.InRange(locations.Count, 1, SitemapWriter.MaxUrls);
            listed.AddRange(locations);
        }
        Assert.Equal(120_001, listed.Distinct().Count());
        Assert.Equal("https://example.org/repo/artikelen/a000000/", listed[0]);
        Assert.Contains("Sitemap: https://example.org/repo/sitemap.xml", files["robots.txt"]);
    }

    [Fact]
    public void A_site_within_the_limit_keeps_one_sitemap()
    {
        var urls = new SiteGen.Rendering.Pages.SiteUrls(SiteGen.Configuration.SiteOptions.ForRoot(Path.GetTempPath()) with { BaseUrl = "/repo/" },
            new Dictionary<string, string>());
        var pages = Enumerable.Range(0, SitemapWriter.MaxUrls).Select(i => SiteGen.Output.OutputFile.Text($"a{i}/index.html", "")).ToList();

        var files = SitemapWriter.Write(pages, urls, hasSiteUrl: false);

        Assert.Equal(["sitemap.xml", "robots.txt"], files.Select(f => f.Path));
        Assert.Contains("<urlset", System.Text.Encoding.UTF8.GetString(files[0].Content));
    }

    private static void AssertWellFormed(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read()) { }
    }
}
