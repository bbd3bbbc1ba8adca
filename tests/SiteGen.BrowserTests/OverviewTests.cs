using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// The time axis in the sticky bar: the whole timeline's density, labelled years, month and count on hover and
/// focus, a period chosen by dragging or by Shift and the arrows filters the list, a click or Enter goes there.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OverviewTests(SiteFixture fixture)
{
    private const string Ticks = "() => [...document.querySelectorAll('.tl-ticks span')].map(t => t.textContent)";

    [BrowserTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_axis_is_drawn_with_labelled_years_and_stays_in_view_while_the_list_scrolls(int width)
    {
        await using var s = await fixture.OpenAsync(fixture.Sample, new Reader(width));
        await s.GoAsync();
        var years = await s.Page.EvaluateAsync<string[]>(Ticks);
        Assert.True(years.Length >= 2, string.Join(", ", years));
        Assert.All(years, y => Assert.Matches(@"^\d{4}$", y));
        Assert.Equal(years.Order(), years); // left to right in time
        // Something is drawn: the canvas is not blank.
        Assert.True(await s.Page.EvaluateAsync<bool>(@"() => { const c = document.querySelector('#tl-axis canvas');
            return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0); }"));

        await s.Page.EvaluateAsync("() => scrollTo(0, document.body.scrollHeight / 2)");
        await s.Page.WaitForFunctionAsync("() => scrollY > 100");
        var box = (await s.Page.Locator("#tl-axis").BoundingBoxAsync())!;
        Assert.InRange(box.Y, 0, 140); // sticky: the axis is still at the top of the screen
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task Hover_and_focus_tell_the_month_and_its_count_and_Escape_hides_the_tooltip()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync();
        var axis = s.Page.Locator("#tl-axis");
        var box = (await axis.BoundingBoxAsync())!;
        await s.Page.Mouse.MoveAsync(box.X + box.Width - 3, box.Y + box.Height / 2);
        var tip = s.Page.Locator(".tl-tip");
        Assert.True(await tip.IsVisibleAsync());
        Assert.Matches(@"\d{4}.*: \d+ gebeurtenissen|geen gebeurtenissen", await tip.TextContentAsync());
        // The tooltip must not sit in the way of what it describes: it is above the bar.
        Assert.True((await tip.BoundingBoxAsync())!.Y + 1 < box.Y);

        await s.Page.FocusAsync("#tl-axis");
        Assert.Matches(@"^\w+ \d{4}: \d+ gebeurtenissen$", await axis.GetAttributeAsync("aria-valuetext"));
        Assert.True(await tip.IsVisibleAsync());
        await s.Page.Keyboard.PressAsync("Escape");
        Assert.False(await tip.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_axis_is_a_keyboard_slider_End_and_Enter_go_to_the_last_month()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync("?kern=0");
        var tl = new TimelinePage(s.Page);
        await s.Page.FocusAsync("#tl-axis");
        await s.Page.Keyboard.PressAsync("End");
        Assert.Equal(await s.Page.GetAttributeAsync("#tl-axis", "aria-valuemax"), await s.Page.GetAttributeAsync("#tl-axis", "aria-valuenow"));
        Assert.Equal("tl-axis", await tl.FocusedIdAsync()); // arrows move the slider, focus stays on it
        await s.Page.Keyboard.PressAsync("ArrowLeft");
        var text = await s.Page.GetAttributeAsync("#tl-axis", "aria-valuetext");
        Assert.Matches(@"^\w+ \d{4}: [1-9]\d* gebeurtenissen$", text); // the arrows skip months without events
        await s.Page.Keyboard.PressAsync("Enter");
        var focused = await tl.FocusedIdAsync();
        Assert.StartsWith("e-", focused);
        Assert.True(await tl.InViewportAsync(focused));
        // After the jump the slider says where it went, not where the reader was.
        Assert.Equal(text, await s.Page.GetAttributeAsync("#tl-axis", "aria-valuetext"));
        TimelinePage.AssertClean(s);
    }

    [BrowserFact]
    public async Task Shift_and_the_arrows_choose_a_period_that_filters_the_list_and_Escape_clears_it()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.GoAsync("?kern=0");
        var tl = new TimelinePage(s.Page);
        var all = await tl.VisibleEventIdsAsync();
        await s.Page.FocusAsync("#tl-axis");
        await s.Page.Keyboard.PressAsync("End");
        await s.Page.Keyboard.PressAsync("Shift+ArrowLeft");
        await s.Page.Keyboard.PressAsync("Shift+ArrowLeft");

        var query = await tl.QueryAsync();
        Assert.Matches(@"van=\d{4}-\d{2}&tot=\d{4}-\d{2}", query);
        var shown = await tl.VisibleEventIdsAsync();
        Assert.InRange(shown.Count, 1, all.Count - 1);
        Assert.Equal(all.Where(shown.Contains), shown); // the same events, in the same order, only fewer
        Assert.Matches(@"tot en met .*: \d+ gebeurtenissen", await s.Page.GetAttributeAsync("#tl-axis", "aria-valuetext"));
        Assert.Equal($"{shown.Count} van {all.Count} gebeurtenissen", await tl.CountTextAsync());

        await s.Page.Keyboard.PressAsync("Escape");
        Assert.Equal(all, await tl.VisibleEventIdsAsync());
        Assert.DoesNotContain("van=", await tl.QueryAsync());
    }

    [BrowserFact]
    public async Task Dragging_across_the_axis_chooses_a_period_and_a_click_jumps_to_a_month()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample, Reader.TallPhone);
        await s.GoAsync("?kern=0");
        var tl = new TimelinePage(s.Page);
        var all = await tl.VisibleEventIdsAsync();
        var box = (await s.Page.Locator("#tl-axis").BoundingBoxAsync())!;
        var y = box.Y + box.Height / 3;
        await s.Page.Mouse.MoveAsync(box.X + box.Width * 0.6f, y);
        await s.Page.Mouse.DownAsync();
        await s.Page.Mouse.MoveAsync(box.X + box.Width - 2, y, new() { Steps = 5 });
        await s.Page.Mouse.UpAsync();
        var shown = await tl.VisibleEventIdsAsync();
        Assert.InRange(shown.Count, 1, all.Count - 1);
        Assert.Contains(all[^1], shown);
        Assert.DoesNotContain(all[0], shown);

        await s.Page.ClickAsync("#tl-clear");
        await s.Page.Mouse.ClickAsync(box.X + box.Width - 2, y);
        await s.Page.WaitForFunctionAsync("id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }", all[^1]);
        TimelinePage.AssertClean(s);
    }
}
