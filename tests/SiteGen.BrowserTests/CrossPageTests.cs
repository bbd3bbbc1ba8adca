using System.Text.Json;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// A timeline split over many pages (the 1,000-article site): a link to any event reaches it wherever it lives, the
/// home page's search finds events on other pages, and period pages have their own heading and previous/next.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CrossPageTests(SiteFixture fixture)
{
    private BuiltSite Large => fixture.Large.Site;

    /// <summary>An event that is not on the home page, and the path of the page it lives on.</summary>
    private (string Id, string Path) EventElsewhere()
    {
        var home = File.ReadAllText(Path.Combine(Large.Directory, "index.html"));
        var id = Large.EventIds.Where(i => !home.Contains($"id=\"{i}\"", StringComparison.Ordinal)).Skip(Large.EventIds.Count / 2).First();
        var page = Directory.EnumerateFiles(Path.Combine(Large.Directory, "tijdlijn"), "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains($"id=\"{id}\"", StringComparison.Ordinal));
        return (id, Path.GetRelativePath(Large.Directory, Path.GetDirectoryName(page)!).Replace('\\', '/') + "/");
    }

    [BrowserFact]
    public async Task A_home_page_link_to_an_event_on_another_page_reaches_that_event()
    {
        var (id, path) = EventElsewhere();
        await using var s = await fixture.OpenAsync(fixture.Large, Reader.TallPhone);
        await s.GoAsync("#" + id);
        await s.Page.WaitForURLAsync(u => u.Contains("/" + path, StringComparison.Ordinal));
        var tl = new TimelinePage(s.Page);
        await s.Page.WaitForFunctionAsync("id => document.getElementById(id)?.classList.contains('tl-target')", id);
        Assert.True(await tl.InViewportAsync(id));
        Assert.Equal(id, await tl.FocusedIdAsync());
        Assert.EndsWith("#" + id, s.Page.Url);
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task A_link_to_an_event_that_no_longer_exists_says_so()
    {
        await using var s = await fixture.OpenAsync(fixture.Large);
        await s.GoAsync("#e-2019-03-01-bestaat-niet");
        await s.Page.WaitForFunctionAsync("() => document.getElementById('tl-count').textContent.includes('staat niet')");
        Assert.EndsWith("/repo/#e-2019-03-01-bestaat-niet", s.Page.Url);
    }

    [BrowserFact]
    public async Task The_home_page_search_finds_an_event_that_lives_on_another_page_and_leads_to_it()
    {
        var (id, path) = EventElsewhere();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Large.Directory, "events.json")));
        var text = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("text").GetString()!;
        // Its three longest words: together rare enough that the event is among the first results.
        var query = string.Join(' ', text.Split(' ', '.', ',', ';', ':', '"', '\'', '(', ')', '“', '”').Where(w => w.Length > 3).OrderByDescending(w => w.Length).Take(3));

        await using var s = await fixture.OpenAsync(fixture.Large);
        await s.GoAsync();
        await s.Page.FillAsync("#tl-q", query);
        var result = s.Page.Locator($"#tl-elsewhere a[href$='{path}#{id}']");
        await s.Page.WaitForFunctionAsync("() => /gevonden|niets/.test(document.getElementById('tl-elsewhere-status').textContent)");
        // Results come twenty at a time, in time order.
        for (var more = 0; more < 40 && await result.CountAsync() == 0 && await s.Page.IsVisibleAsync("#tl-more"); more++)
        {
            var shown = await s.Page.Locator("#tl-elsewhere li").CountAsync();
            await s.Page.ClickAsync("#tl-more");
            await s.Page.WaitForFunctionAsync("n => document.querySelectorAll('#tl-elsewhere li').length > n", shown);
        }
        Assert.Equal(1, await result.CountAsync());
        Assert.Matches(@"gevonden op andere pagina", await s.Page.TextContentAsync("#tl-count"));
        await result.ClickAsync();
        await s.Page.WaitForFunctionAsync("id => document.getElementById(id)?.classList.contains('tl-target')", id);
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task A_search_that_finds_nothing_says_so_here_and_elsewhere()
    {
        await using var s = await fixture.OpenAsync(fixture.Large);
        await s.GoAsync();
        await s.Page.FillAsync("#tl-q", "qqxqzz");
        await s.Page.WaitForFunctionAsync("() => document.getElementById('tl-elsewhere-status').textContent.includes('niets gevonden')");
        Assert.Equal("Geen resultaten voor ‘qqxqzz’ op deze pagina. · Ook op andere pagina’s niets gevonden.", await s.Page.TextContentAsync("#tl-count"));
        Assert.Empty(await new TimelinePage(s.Page).VisibleEventIdsAsync());
    }

    [BrowserFact]
    public async Task Period_pages_have_their_own_heading_and_lead_to_the_periods_before_and_after()
    {
        var (_, path) = EventElsewhere();
        await using var s = await fixture.OpenAsync(fixture.Large);
        await s.GoAsync(path);
        var h1 = await s.Page.TextContentAsync("h1");
        Assert.NotEqual("Tijdlijn", h1);
        Assert.Matches(@"\d{4}", h1);
        Assert.Contains(h1!.ToLowerInvariant().Split(' ')[0], (await s.Page.TitleAsync()).ToLowerInvariant());
        var prev = await s.Page.GetAttributeAsync(".period-pager [rel=prev]", "href");
        var next = await s.Page.GetAttributeAsync(".period-pager [rel=next]", "href");
        Assert.True(prev is not null || next is not null);
        foreach (var href in new[] { prev, next }.OfType<string>())
        {
            await s.GoAsync(href[Large.BasePath.Length..]);
            Assert.NotEqual(h1, await s.Page.TextContentAsync("h1"));
        }
        TimelinePage.AssertClean(s);
    }
}
