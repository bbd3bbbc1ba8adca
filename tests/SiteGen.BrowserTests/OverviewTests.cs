using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>The overview strip (density per month, click or keys to jump) and the to-scale view with zoom buttons.</summary>
[Collection(SiteCollection.Name)]
public sealed class OverviewTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Clicking_the_strip_jumps_to_that_month_and_the_marker_follows()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample, Reader.Phone);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        var last = (await tl.EventIdsInPageOrderAsync())[^1];
        var strip = s.Page.Locator("#tl-overview .tl-track");
        var box = (await strip.BoundingBoxAsync())!;
        await strip.ClickAsync(new() { Position = new() { X = box.Width - 2, Y = box.Height / 2 } });
        Assert.Equal(last, await tl.FocusedIdAsync());
        Assert.True(await tl.InViewportAsync(last));
        // The marker now covers the right end of the strip.
        await s.Page.WaitForFunctionAsync(@"() => { const m = document.querySelector('.tl-marker').getBoundingClientRect();
            const t = document.querySelector('.tl-track').getBoundingClientRect(); return !document.querySelector('.tl-marker').hidden && m.right >= t.right - 2; }");
    }

    [BrowserFact]
    public async Task The_strip_is_a_keyboard_slider_over_months_with_events()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        await s.Page.FocusAsync("#tl-overview");
        await s.Page.Keyboard.PressAsync("End");
        var end = await s.Page.GetAttributeAsync("#tl-overview", "aria-valuenow");
        Assert.Equal(await s.Page.GetAttributeAsync("#tl-overview", "aria-valuemax"), end);
        Assert.Equal("tl-overview", await tl.FocusedIdAsync()); // arrows scroll, focus stays on the strip
        await s.Page.Keyboard.PressAsync("ArrowLeft");
        var before = int.Parse(await s.Page.GetAttributeAsync("#tl-overview", "aria-valuenow") ?? "-1");
        Assert.InRange(before, 0, int.Parse(end!) - 1);
        Assert.Contains("gebeurtenissen", await s.Page.GetAttributeAsync("#tl-overview", "aria-valuetext"));
        await s.Page.Keyboard.PressAsync("Enter");
        Assert.StartsWith("e-", await tl.FocusedIdAsync());
    }

    [BrowserFact]
    public async Task The_scale_view_turns_time_gaps_into_space_and_zooms_with_buttons()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        const string gaps = "() => [...document.querySelectorAll('.tl-item')].map(li => parseFloat(getComputedStyle(li).marginTop))";
        var days = await s.Page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.tl-event time')].map(t => Date.parse(t.getAttribute('datetime').replace(/-W\\d+$/, '')) / 864e5)");
        Assert.False(await s.Page.IsVisibleAsync("#tl-zoom-in")); // zoom means nothing in the list view
        await s.Page.ClickAsync("#tl-scale");
        Assert.Equal("true", await s.Page.GetAttributeAsync("#tl-scale", "aria-pressed"));
        var scaled = await s.Page.EvaluateAsync<double[]>(gaps);
        // The longest gap in time is the longest gap on the page.
        var longest = Enumerable.Range(1, days.Length - 1).MaxBy(i => days[i] - days[i - 1]);
        Assert.Equal(longest, Array.IndexOf(scaled, scaled.Max()));
        await s.Page.ClickAsync("#tl-zoom-in");
        var zoomed = await s.Page.EvaluateAsync<double[]>(gaps);
        Assert.True(zoomed[longest] > scaled[longest] * 1.5, $"zoom in: {scaled[longest]} -> {zoomed[longest]}");
        await s.Page.ClickAsync("#tl-scale");
        Assert.True((await s.Page.EvaluateAsync<double[]>(gaps)).Max() < scaled.Max());
    }
}
