using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>axe-core finds nothing (WCAG 2.0/2.1/2.2 A and AA, best practice) on every kind of page, wide and narrow, light and dark.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var page in new[] { "index", "article", "actor", "404" })
            foreach (var width in new[] { 1280, 360 })
                foreach (var dark in new[] { false, true })
                    data.Add(page, width, dark);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_violations(string page, int width, bool dark)
    {
        await using var s = await fixture.OpenAsync(new Reader(width, dark));
        var path = page switch
        {
            "article" => fixture.Site.ArticlePath,
            "actor" => fixture.Site.ActorPath,
            "404" => "deze-pagina-bestaat-niet/",
            _ => "",
        };
        var response = await s.GoAsync(path);
        Assert.Equal(page == "404" ? 404 : 200, response!.Status);

        var result = await s.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, $"{page} at {width}px {(dark ? "dark" : "light")}:\n{report}");
        Assert.NotEmpty(result.Passes);
        TimelinePage.AssertClean(s, page == "404" ? path : null);
    }
}
