using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>The enhanced timeline: key events first, filters with live counts, search over everything an entry says, URL state and Back, deep links.</summary>
[Collection(SiteCollection.Name)]
public sealed class TimelineTests(SiteFixture fixture)
{
    private int Total => fixture.Sample.Site.EventIds.Count;

    [BrowserTheory]
    [InlineData("seeds")]
    [InlineData("sample")]
    public async Task Loads_with_its_key_events_and_every_event_is_one_control_away(string name)
    {
        var site = name == "seeds" ? fixture.Seeds : fixture.Sample;
        await using var s = await fixture.OpenAsync(site);
        Assert.Equal(200, (await s.GoAsync())!.Status);
        var tl = new TimelinePage(s.Page);
        Assert.True(await s.Page.Locator(".tl-bar").IsVisibleAsync());
        var total = site.Site.EventIds.Count;
        if (await tl.KeyViewAsync())
        {
            await tl.AssertShowsExactlyAsync(site.Site.KeyIds);
            Assert.Equal($"{site.Site.KeyIds.Count} kerngebeurtenissen van {total}", await tl.CountTextAsync());
            await s.Page.ClickAsync("#tl-key");
            Assert.Contains("kern=0", await tl.QueryAsync());
        }
        else Assert.True(2 * site.Site.KeyIds.Count > total || site.Site.KeyIds.Count < 3, "a page with few key events among many opens on them");
        await tl.AssertShowsExactlyAsync(site.Site.EventIds);
        Assert.Equal($"{total} gebeurtenissen", await tl.CountTextAsync());
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task A_search_looks_through_every_event_and_the_key_toggle_pressed_then_narrows_it()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        Assert.True(await tl.KeyViewAsync(), "the sample site opens on its key events");
        var keys = fixture.Sample.Site.KeyIds;
        var word = await s.Page.EvaluateAsync<string>(@"() => {
            for (const e of document.querySelectorAll('.tl-event:not(.k)')) {
                const w = e.querySelector('.tl-text').textContent.split(/[^\p{L}]+/u).filter(w => w.length > 5);
                if (w.length) return w[0].toLowerCase();
            }
            return null; }");

        // The view the page opened on gives way: the search finds events that are not key, and the toggle says so.
        await tl.Search.FillAsync(word);
        var found = await tl.VisibleEventIdsAsync();
        Assert.Contains(found, id => !keys.Contains(id));
        Assert.False(await tl.KeyViewAsync());
        Assert.Equal($"{found.Count} van {Total} gebeurtenissen", await tl.CountTextAsync());

        // Pressed by the reader, the toggle narrows the search to its key events, in the URL too.
        await s.Page.ClickAsync("#tl-key");
        Assert.True(await tl.KeyViewAsync());
        Assert.Contains("kern=1", await tl.QueryAsync());
        await tl.AssertShowsExactlyAsync(found.Where(keys.Contains));
        Assert.All(await s.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.tl-group')].filter(g => g.checkVisibility()).map(g => g.querySelector('.tl-event:not(.tl-off)') && [...g.querySelectorAll('.tl-event')].some(e => e.checkVisibility()) ? '' : g.firstElementChild.textContent)"),
            heading => Assert.Equal("", heading)); // no heading stays without an event under it

        await s.Page.ClickAsync("#tl-clear");
        await tl.AssertShowsExactlyAsync(keys);

        // On a timeline that is one page, nothing found is nothing found: no 'on this page'.
        await tl.Search.FillAsync("qqxqzz");
        Assert.Equal("Geen resultaten voor ‘qqxqzz’.", await tl.CountTextAsync());
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task Chips_and_search_filter_the_list_live_in_the_url_and_Back_restores_them()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        await tl.ShowAllAsync();
        var (actor, word) = await PickActorAndWordAsync(tl);

        await tl.ClickChipAsync("actor", actor);
        Assert.Equal("true", await tl.Chip("actor", actor).GetAttributeAsync("aria-pressed"));
        Assert.Contains($"actor={actor}", await tl.QueryAsync());
        var byActor = await tl.VisibleEventIdsAsync();
        Assert.InRange(byActor.Count, 1, Total - 1);
        foreach (var id in byActor) Assert.Contains(actor, (await tl.AttributeOfAsync(id, "data-actors")).Split(' '));
        Assert.Equal($"{byActor.Count} van {Total} gebeurtenissen", await tl.CountTextAsync());

        await tl.Search.FillAsync(word);
        Assert.Contains($"q={word}", await tl.QueryAsync());
        var both = await tl.VisibleEventIdsAsync();
        Assert.NotEmpty(both);
        Assert.True(both.Count <= byActor.Count);
        foreach (var id in both)
            Assert.Contains(word, await s.Page.Locator($"#{id}").TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);
        // The chips count what each would show with the search as it is.
        Assert.Equal(both.Count.ToString(), (await tl.Chip("actor", actor).Locator(".tl-n").TextContentAsync())!.Trim());

        var source = await tl.Page.Locator(".tl-chip[data-facet='source']").First.GetAttributeAsync("data-value");
        await tl.ClickChipAsync("source", source!);
        Assert.Contains($"source={source}", await tl.QueryAsync());

        await s.Page.GoBackAsync();
        Assert.Equal("false", await tl.Chip("source", source!).GetAttributeAsync("aria-pressed"));
        Assert.Equal("true", await tl.Chip("actor", actor).GetAttributeAsync("aria-pressed"));
        Assert.Equal(word, await tl.Search.InputValueAsync());
        Assert.Equal(both, await tl.VisibleEventIdsAsync());

        await s.Page.GoBackAsync();
        await tl.AssertShowsExactlyAsync(fixture.Sample.Site.EventIds);
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task A_shared_filtered_url_opens_filtered()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        var tl = new TimelinePage(s.Page);
        await s.GoAsync("?kern=0");
        var (actor, word) = await PickActorAndWordAsync(tl);
        await s.GoAsync($"?actor={actor}&q={word}");
        Assert.Equal("true", await tl.Chip("actor", actor).GetAttributeAsync("aria-pressed"));
        Assert.Equal(word, await tl.Search.InputValueAsync());
        Assert.InRange((await tl.VisibleEventIdsAsync()).Count, 1, Total - 1);
    }

    [BrowserFact]
    public async Task A_deep_link_scrolls_to_and_highlights_its_event_even_through_filters_and_reloads()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        var tl = new TimelinePage(s.Page);
        var last = fixture.Sample.Site.EventIds[^1];
        await s.GoAsync("#" + last);
        await AssertTargetAsync(tl, last);

        await s.Page.ReloadAsync();
        await AssertTargetAsync(tl, last);

        // A filter that would hide the linked event gives way to the link, and so does the key events view.
        await s.GoAsync("?q=zzzzzz#" + last);
        await AssertTargetAsync(tl, last);
        Assert.Equal("", await tl.Search.InputValueAsync());
        Assert.Contains(last, await tl.VisibleEventIdsAsync());
        Assert.Equal(await tl.KeyViewAsync() ? fixture.Sample.Site.KeyIds.Count : Total, (await tl.VisibleEventIdsAsync()).Count);
        TimelinePage.AssertClean(s);
    }

    private static async Task AssertTargetAsync(TimelinePage tl, string id)
    {
        await tl.Page.WaitForFunctionAsync("id => document.getElementById(id).classList.contains('tl-target')", id);
        Assert.True(await tl.InViewportAsync(id), $"{id} is not scrolled into view");
        Assert.Equal(id, await tl.FocusedIdAsync());
    }

    /// <summary>An actor that some but not all events name, and a word from one of that actor's sentences.</summary>
    private static async Task<(string Actor, string Word)> PickActorAndWordAsync(TimelinePage tl) =>
        await tl.Page.EvaluateAsync<(string, string)>(@"() => {
            const evs = [...document.querySelectorAll('.tl-event')];
            for (const c of document.querySelectorAll('.tl-chip[data-facet=actor]')) {
                const mine = evs.filter(e => (e.dataset.actors || '').split(' ').includes(c.dataset.value));
                if (mine.length === 0 || mine.length === evs.length) continue;
                const words = mine[0].querySelector('.tl-text').textContent.split(/[^\p{L}]+/u).filter(w => w.length > 4);
                if (words.length) return { item1: c.dataset.value, item2: words[words.length - 1].toLowerCase() };
            }
            return null; }");
}
