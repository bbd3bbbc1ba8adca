using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// The accessibility points beyond axe: forced colours keep pressed buttons and the date markers visible, and the
/// label of a resolved date in an article is one tooltip, not covered by a second, that Esc dismisses (WCAG 1.4.13).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class A11yPolishTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task In_forced_colours_a_pressed_button_looks_pressed_and_every_marker_shows()
    {
        await using var s = await fixture.OpenAsync(fixture.Sample);
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active });
        await s.GoAsync();
        var tl = new TimelinePage(s.Page);
        await tl.OpenPanelAsync();
        var chip = s.Page.Locator(".tl-chip").First;
        const string Background = "e => getComputedStyle(e).backgroundColor";
        var before = await chip.EvaluateAsync<string>(Background);
        await chip.ClickAsync();
        Assert.NotEqual(before, await chip.EvaluateAsync<string>(Background));

        var markers = await s.Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.tl-event')].filter(e => e.checkVisibility())
            .map(e => getComputedStyle(e, '::before')).map(m => m.width + ' ' + m.borderTopStyle + ' ' + m.borderTopColor)");
        Assert.NotEmpty(markers);
        Assert.All(markers, m => Assert.DoesNotContain("rgba(0, 0, 0, 0)", m));
        Assert.All(markers, m => Assert.DoesNotContain(" none ", m));
    }

    [BrowserFact]
    public async Task A_date_label_in_an_article_shows_once_above_the_text_and_Esc_dismisses_it()
    {
        await using var s = await fixture.OpenAsync(fixture.Seeds);
        await s.GoAsync(fixture.Seeds.Site.ArticlePath);
        var date = s.Page.Locator("time.tx").First;
        Assert.Null(await date.GetAttributeAsync("title")); // no second, native tooltip
        const string Label = "e => getComputedStyle(e, '::after').content";
        await date.HoverAsync();
        Assert.Contains(await date.GetAttributeAsync("data-label") ?? "?", await date.EvaluateAsync<string>(Label));
        // Above the date: the line below, the one a reader goes on to, stays readable.
        Assert.True(await date.EvaluateAsync<bool>("e => parseFloat(getComputedStyle(e, '::after').top) < 0"));
        await s.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("none", await date.EvaluateAsync<string>(Label));
        await s.Page.Mouse.MoveAsync(0, 0);
        await date.HoverAsync();
        Assert.NotEqual("none", await date.EvaluateAsync<string>(Label));

        await date.FocusAsync();
        await s.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("none", await date.EvaluateAsync<string>(Label));
        TimelinePage.AssertClean(s);
    }
}
