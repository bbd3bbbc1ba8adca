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

    private static void AssertWellFormed(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read()) { }
    }
}
