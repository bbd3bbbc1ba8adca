using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>The base page carries everything with JavaScript off; on paper it shows what the reader sees and says which filter is on.</summary>
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
        await tl.AssertShowsExactlyAsync(served.Site.EventIds); // the key events view needs the script: all show
        Assert.False(await s.Page.Locator(".tl-bar").IsVisibleAsync());
        Assert.False(await s.Page.Locator(".tl-panel").IsVisibleAsync());
        // Every link shows, but those folded into an entry's "nog N", which opens without script.
        var hiddenLinks = await s.Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.tl-event a[href]')]
            .filter(a => !a.checkVisibility() && !(a.closest('details.more') && a.closest('details.more').querySelector('summary').checkVisibility()))
            .map(a => a.href)");
        Assert.Empty(hiddenLinks);
        Assert.True(await s.Page.Locator(".tl-event a[href]").CountAsync() >= served.Site.EventIds.Count * 2,
            "every event links to its own anchor and to its source");
        Assert.Equal(await s.Page.Locator("#tl .year").CountAsync(), await s.Page.Locator("#tl .years a:visible").CountAsync());
        foreach (var year in await s.Page.Locator("#tl .years a").AllAsync())
            Assert.Equal(1, await s.Page.Locator((await year.GetAttributeAsync("href"))!).CountAsync());
    }

    [BrowserFact]
    public async Task Without_javascript_a_split_timeline_offers_every_period_and_says_how_to_follow_an_old_link()
    {
        await using var s = await fixture.OpenAsync(fixture.Large, Reader.Phone with { JavaScript = false });
        await s.GoAsync();
        Assert.True(await s.Page.Locator(".nojs-hint").IsVisibleAsync());
        var periods = await s.Page.Locator("nav.periods a").AllAsync();
        Assert.True(periods.Count >= 5, $"{periods.Count} period links");
        foreach (var link in periods)
            Assert.Equal(200, (await s.Page.APIRequest.GetAsync(new Uri(s.Root, (await link.GetAttributeAsync("href"))!).ToString())).Status);
        Assert.False(await s.Page.Locator(".tl-bar").IsVisibleAsync());
    }

    [BrowserTheory]
    [InlineData("seeds")]
    [InlineData("sample")]
    public async Task Print_shows_what_the_reader_sees_and_says_which_filter_is_on(string site)
    {
        var served = Site(site);
        await using var s = await fixture.OpenAsync(served);
        var tl = new TimelinePage(s.Page);
        await s.GoAsync("?kern=0");
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await tl.AssertShowsExactlyAsync(served.Site.EventIds);
        Assert.False(await s.Page.Locator(".tl-bar").IsVisibleAsync());
        Assert.Equal("Afgedrukt: alle gebeurtenissen van deze pagina.", await s.Page.Locator(".tl-print-note").TextContentAsync());
        Assert.True(await s.Page.Locator(".tl-print-note").IsVisibleAsync());
        foreach (var id in served.Site.EventIds)
            Assert.True(await s.Page.Locator($"#{id} a[href*='/artikelen/']").First.IsVisibleAsync(), $"{id} prints without a link to its source");
        await s.Page.PdfAsync(new PagePdfOptions { Path = Artifacts.PathFor($"{site}-index-print.pdf") });

        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await s.GoAsync("?kern=0&q=zzzz");
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Empty(await tl.VisibleEventIdsAsync());
        Assert.True(await s.Page.Locator(".tl-print-note").IsVisibleAsync());
        Assert.Equal("Afgedrukt met filter: zoekterm ‘zzzz’.", await s.Page.Locator(".tl-print-note").TextContentAsync());
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.False(await s.Page.Locator(".tl-print-note").IsVisibleAsync()); // on screen the count says it
    }
}
