using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// Keyboard-only readers: Tab reaches everything in order with a visible ring, j/k and arrows, '/', Esc; and the
/// single-key shortcuts can be switched off (WCAG 2.1.4), which the page remembers.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture fixture)
{
    private const string FocusState = @"() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        const cs = getComputedStyle(a);
        const key = a.id || a.getAttribute('href') || a.dataset.value || a.tagName;
        return key + '|' + cs.outlineStyle + '|' + parseFloat(cs.outlineWidth); }";

    [BrowserFact]
    public async Task Tab_reaches_every_control_and_event_link_in_order_with_a_visible_ring_and_no_trap()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var expected = await s.Page.EvaluateAsync<string[]>(@"() =>
            [...document.querySelectorAll('#tl a[href], #tl button:not(:disabled), #tl input, #tl [tabindex=""0""]')]
              .filter(e => e.checkVisibility()).map(e => e.id || e.getAttribute('href') || e.dataset.value || e.tagName)");

        var reached = new List<string>();
        for (var i = 0; i < expected.Length + 40; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            var state = await s.Page.EvaluateAsync<string?>(FocusState);
            if (state is null) break; // focus left the page: we came out the other end, so there is no trap
            var parts = state.Split('|');
            // 'auto' is the browser's own ring (site chrome outside the timeline); ours are solid and at least 2px.
            Assert.True(parts[1] == "auto" || (parts[1] != "none" && double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) >= 2),
                $"focus ring not visible on {parts[0]}: outline {parts[1]} {parts[2]}px");
            reached.Add(parts[0]);
        }
        var inTimeline = reached.Where(expected.Contains).ToList();
        Assert.Equal(expected, inTimeline);
    }

    [BrowserTheory]
    [InlineData("sample")]
    [InlineData("large")]
    public async Task A_link_reached_with_tab_or_shift_tab_is_never_hidden_under_the_sticky_bar(string name)
    {
        await using var s = await fixture.OpenAsync(name == "large" ? fixture.Large : fixture.Sample, Reader.TallPhone);
        await s.GoAsync("?kern=0");
        // Where a focused link of the list is against the bottom of the sticky bar (negative: under it).
        const string Place = @"() => {
            const a = document.activeElement, bar = document.getElementById('tl-bar');
            if (!a || !a.closest('.tl-event')) return null;
            return a.textContent.trim().slice(0, 40) + '|' + (a.getBoundingClientRect().top - bar.getBoundingClientRect().bottom); }";
        for (var i = 0; i < 80 && await s.Page.EvaluateAsync<string?>(Place) is null; i++) await s.Page.Keyboard.PressAsync("Tab");
        var (checkedLinks, deepest) = (0, 0.0);
        // Forward until the list has scrolled well under the bar (entries hold a varying number of links: actors,
        // sources, 'nog N'), then back over the last forty.
        foreach (var (key, presses) in new[] { ("Tab", 200), ("Shift+Tab", 40) })
            for (var i = 0; i < presses && (key != "Tab" || i < 40 || deepest <= 800); i++)
            {
                await s.Page.Keyboard.PressAsync(key);
                var place = await s.Page.EvaluateAsync<string?>(Place);
                if (place is null) continue;
                checkedLinks++;
                deepest = Math.Max(deepest, await s.Page.EvaluateAsync<double>("() => scrollY"));
                var gap = double.Parse(place.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(gap >= 0, $"{key}: '{place.Split('|')[0]}' is {-gap:0} px under the sticky bar");
            }
        Assert.True(checkedLinks >= 60, $"only {checkedLinks} links in the list were checked");
        Assert.True(deepest > 500, $"the list scrolled only {deepest:0} px: the bar was never stuck over it");
    }

    [BrowserFact]
    public async Task J_and_k_and_arrows_move_between_events_slash_searches_escape_clears()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        var ids = await tl.VisibleEventIdsAsync();

        await s.Page.Keyboard.PressAsync("j");
        Assert.Equal(ids[0], await tl.FocusedIdAsync());
        await s.Page.Keyboard.PressAsync("j");
        Assert.Equal(ids[1], await tl.FocusedIdAsync());
        await s.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(ids[2], await tl.FocusedIdAsync());
        Assert.True(await tl.InViewportAsync(ids[2]));
        var ring = await s.Page.EvaluateAsync<string>(FocusState);
        Assert.DoesNotContain("|none|", ring);
        await s.Page.Keyboard.PressAsync("k");
        await s.Page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(ids[0], await tl.FocusedIdAsync());

        await s.Page.Keyboard.PressAsync("/");
        Assert.Equal("tl-q", await tl.FocusedIdAsync());
        await s.Page.Keyboard.TypeAsync("zzzz");
        Assert.Equal("zzzz", await tl.Search.InputValueAsync()); // '/' itself was not typed, and j/k type normally here
        Assert.Empty(await tl.VisibleEventIdsAsync());
        Assert.Contains("q=zzzz", await tl.QueryAsync());

        await s.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await tl.Search.InputValueAsync());
        await tl.AssertShowsExactlyAsync(ids);
        Assert.DoesNotContain("q=", await tl.QueryAsync());
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task Single_key_shortcuts_can_be_switched_off_and_stay_off()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        await tl.OpenPanelAsync();
        Assert.Contains("j en k", await s.Page.TextContentAsync(".tl-shortcuts"));
        await s.Page.UncheckAsync("#tl-keys");
        await s.Page.Locator("#tl-keys").BlurAsync();
        await s.Page.EvaluateAsync("() => document.activeElement.blur()");

        await s.Page.Keyboard.PressAsync("j");
        await s.Page.Keyboard.PressAsync("/");
        Assert.Equal("", await tl.FocusedIdAsync());

        await s.Page.ReloadAsync();
        await s.Page.Keyboard.PressAsync("j");
        Assert.Equal("", await tl.FocusedIdAsync());
        await tl.OpenPanelAsync();
        Assert.False(await s.Page.IsCheckedAsync("#tl-keys"));
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task Arrow_keys_scroll_the_page_as_usual_outside_the_list()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample, Reader.Phone);
        await s.GoAsync();
        await s.Page.Keyboard.PressAsync("ArrowDown");
        await s.Page.Keyboard.PressAsync("ArrowDown");
        await s.Page.WaitForFunctionAsync("() => scrollY > 0");
        Assert.Equal("", await new TimelinePage(s.Page).FocusedIdAsync());
    }
}
