using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>The base page carries everything: with JavaScript off, and on paper (even from a filtered view).</summary>
[Collection(SiteCollection.Name)]
public sealed class NoScriptAndPrintTests(SiteFixture fixture)
{
    private ServedSite Site(string name) => name == "seeds" ? fixture.Seeds : fixture.Sample;

    [BrowserTheory]
    [InlineData("seeds")]
    [InlineData("sample")]
    public async Task Without_javascript_every_event_and_link_is_there_and_no_dead_controls_show(string site)
    {
        var served = Site(site);
        await using var s = await fixture.OpenAsync(served, Reader.Phone with { JavaScript = false });
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        await tl.AssertShowsExactlyAsync(served.Site.EventIds);
        Assert.False(await s.Page.Locator(".tl-controls").IsVisibleAsync());
        var hiddenLinks = await s.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.tl-event a[href]')].filter(a => !a.checkVisibility()).map(a => a.href)");
        Assert.Empty(hiddenLinks);
        Assert.True(await s.Page.Locator(".tl-event a[href]").CountAsync() >= served.Site.EventIds.Count * 2,
            "every event links to its own anchor and at least one source");
        Assert.Equal(await s.Page.Locator("#tl .year").CountAsync(), await s.Page.Locator("#tl .years a").CountAsync());
        foreach (var year in await s.Page.Locator("#tl .years a").AllAsync())
            Assert.Equal(1, await s.Page.Locator((await year.GetAttributeAsync("href"))!).CountAsync());
    }

    [BrowserTheory]
    [InlineData("seeds")]
    [InlineData("sample")]
    public async Task Print_shows_every_event_with_its_sources_and_hides_the_controls(string site)
    {
        var served = Site(site);
        await using var s = await fixture.OpenAsync(served);
        await s.GoAsync("?q=zzzz");
        var tl = new TimelinePage(s.Page);
        Assert.Empty(await tl.VisibleEventIdsAsync());
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await tl.AssertShowsExactlyAsync(served.Site.EventIds);
        Assert.False(await s.Page.Locator(".tl-controls").IsVisibleAsync());
        foreach (var id in served.Site.EventIds)
            Assert.True(await s.Page.Locator($"#{id} a[href*='/artikelen/']").First.IsVisibleAsync(), $"{id} prints without a link to its source");
        await s.Page.PdfAsync(new PagePdfOptions { Path = Artifacts.PathFor($"{site}-index-print.pdf") });
    }
}
