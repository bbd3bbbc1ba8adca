using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// axe-core finds nothing (WCAG 2.0/2.1/2.2 A and AA, best practice) on every kind of page, wide and narrow, light
/// and dark: the seed site's index, an article and 404, the sample site's index and an actor page (the seeds may
/// name no actors), and the 1,000-article site's home page and a month page; each timeline page is checked as it
/// loads and again with its panel of filters open.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    public static TheoryData<string, string, int, bool> Cases()
    {
        var data = new TheoryData<string, string, int, bool>();
        foreach (var (site, page) in new[] { ("seeds", "index"), ("seeds", "article"), ("seeds", "404"), ("sample", "index"), ("sample", "actor"),
                     ("large", "index"), ("large", "period") })
            foreach (var width in new[] { 1280, 360 })
                foreach (var dark in new[] { false, true })
                    data.Add(site, page, width, dark);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_violations(string site, string page, int width, bool dark)
    {
        var served = site switch { "seeds" => fixture.Seeds, "large" => fixture.Large, _ => fixture.Sample };
        var path = page switch
        {
            "period" => served.Site.PeriodPath,
            "article" => served.Site.ArticlePath,
            "actor" => served.Site.ActorPath ?? throw new InvalidOperationException($"The {site} site has no actor pages."),
            "404" => "deze-pagina-bestaat-niet/",
            _ => "",
        };
        await using var s = await fixture.OpenAsync(served, new Reader(width, dark));
        var response = await s.GoAsync(path);
        Assert.Equal(page == "404" ? 404 : 200, response!.Status);

        var result = await s.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, $"{site} {page} at {width}px {(dark ? "dark" : "light")}:\n{report}");
        Assert.NotEmpty(result.Passes);
        if (page is "index" or "period")
        {
            await new TimelinePage(s.Page).OpenPanelAsync();
            var open = await s.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
            Assert.True(open.Violations.Length == 0, $"{site} {page} with the panel open at {width}px:\n" +
                string.Join("\n", open.Violations.Select(v => $"{v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html)))));
        }
        TimelinePage.AssertClean(s, page == "404" ? path : null);
    }
}
