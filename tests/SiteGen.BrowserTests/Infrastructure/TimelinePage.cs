using Microsoft.Playwright;
using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>What the tests read from and do on the index page, in the terms of the markup contract in timeline.js.</summary>
public sealed class TimelinePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Search => Page.Locator("#tl-q");

    public ILocator Chip(string facet, string value) => Page.Locator($".tl-chip[data-facet='{facet}'][data-value='{value}']");

    /// <summary>Opens the panel of filters (from the bar) when it is closed, and presses the chip.</summary>
    public async Task ClickChipAsync(string facet, string value)
    {
        await OpenPanelAsync();
        await Chip(facet, value).ClickAsync();
    }

    public async Task OpenPanelAsync()
    {
        if (await Page.GetAttributeAsync("#tl-filters", "aria-expanded") != "true") await Page.ClickAsync("#tl-filters");
    }

    /// <summary>Whether the page shows only its key events (the bar's toggle is pressed).</summary>
    public async Task<bool> KeyViewAsync() =>
        await Page.Locator("#tl-key").CountAsync() > 0 && await Page.GetAttributeAsync("#tl-key", "aria-pressed") == "true";

    /// <summary>Shows every event of the page (the key events toggle off).</summary>
    public async Task ShowAllAsync()
    {
        if (await KeyViewAsync()) await Page.ClickAsync("#tl-key");
    }

    public Task<string?> CountTextAsync() => Page.TextContentAsync("#tl-count");

    /// <summary>Ids of the events a reader can see (rendered, not filtered out), in page order.</summary>
    public async Task<IReadOnlyList<string>> VisibleEventIdsAsync() =>
        await Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.tl-event')].filter(e => e.checkVisibility()).map(e => e.id)");

    /// <summary>Every event on the page, shown or not, in page order.</summary>
    public async Task<IReadOnlyList<string>> EventIdsInPageOrderAsync() =>
        await Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.tl-event')].map(e => e.id)");

    /// <summary>Asserts that the page shows exactly these events (in any order: the page's order is the build's to decide).</summary>
    public async Task AssertShowsExactlyAsync(IEnumerable<string> expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await VisibleEventIdsAsync()).Order(StringComparer.Ordinal));

    public async Task<string> AttributeOfAsync(string eventId, string name) =>
        await Page.EvaluateAsync<string>("([id, n]) => document.getElementById(id).getAttribute(n)", new[] { eventId, name }) ?? "";

    public Task<string> FocusedIdAsync() =>
        Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    public Task<bool> InViewportAsync(string id) =>
        Page.EvaluateAsync<bool>(
            "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }", id);

    /// <summary>The URL's query as the reader sees it, decoded (<c>?actor=poetin,xi</c>).</summary>
    public async Task<string> QueryAsync() => Uri.UnescapeDataString(await Page.EvaluateAsync<string>("() => location.search"));

    /// <param name="expected404">A page that is meant to be a 404: the browser's own log line about it is not an error.</param>
    public static void AssertClean(BrowserSession session, string? expected404 = null)
    {
        var errors = session.Errors.Where(e => expected404 is null || !e.Contains(expected404, StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        Assert.True(session.ForeignRequests.Count == 0, "Third-party requests:\n" + string.Join("\n", session.ForeignRequests));
    }
}
