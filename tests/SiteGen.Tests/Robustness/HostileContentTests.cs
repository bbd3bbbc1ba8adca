using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Markup and template syntax in a title, front-matter field, tag or body reaches the reader as text: the page shows
/// the characters the writer typed (so nothing was interpreted or executed), while <see cref="InjectionScan"/> finds
/// no element or attribute that came from them.
/// </summary>
public class HostileContentTests
{
    [Theory]
    [InlineData("hostile-script", "<script>alert(1)</script>")]
    [InlineData("hostile-img-onerror", "<img src=x onerror=alert(1)>")]
    [InlineData("hostile-svg-onload", "\"><svg onload=alert(1)>")]
    [InlineData("hostile-javascript-link", "javascript:alert(1)")]
    [InlineData("hostile-template-syntax", "{{ for i in 1..1000000000 }}{{ i }}{{ end }}{{ site.title }}")]
    public void Shows_hostile_text_as_text_and_injects_nothing(string fixture, string payload)
    {
        using var site = FixtureSite.For(fixture);
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        Assert.Empty(InjectionScan.Problems(site.Output, Path.Combine(site.Root, "wwwroot")));

        var pages = Directory.GetDirectories(Path.Combine(site.Output, "artikelen"))
            .Select(d => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(d, "index.html"))))
            .ToList();
        Assert.Equal(2, pages.Count);
        foreach (var page in pages)
        {
            Assert.Equal($"Poetin {payload} in Peking", Text(page, "h1"));
            Assert.StartsWith($"Poetin {payload} in Peking", Text(page, "title"));
            Assert.Equal($"Poetin {payload} in Peking", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        }

        var markdown = pages.Single(p => p.QuerySelector(".article-header .tags") is not null);
        Assert.Contains($"{payload} · ", Text(markdown, ".article-header .meta"));
        Assert.EndsWith($": {payload}", Text(markdown, ".article-header .meta"));
        Assert.Equal([payload, "china"], markdown.QuerySelectorAll(".article-header .tags li").Select(li => li.TextContent));
        Assert.Contains(markdown.QuerySelectorAll(".article-body code"), code => code.TextContent == payload);

        var plain = pages.Single(p => p != markdown);
        Assert.Equal(2, CountOf(Text(plain, ".article-body"), payload));

        // The timeline names each source by its publisher: the front matter's source, shown as typed.
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Contains(index.QuerySelectorAll(".tl-event .meta"), meta => meta.TextContent.StartsWith(payload, StringComparison.Ordinal));
        Assert.Contains(index.QuerySelectorAll(".tl-chip[data-facet='source']"), chip => chip.TextContent.Trim().StartsWith(payload, StringComparison.Ordinal));
    }

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No {selector} on the page.")).TextContent.Trim();

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
