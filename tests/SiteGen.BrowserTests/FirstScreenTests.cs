using SiteGen.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// What a phone shows before any scrolling, and that nothing moves once it is shown: at least three whole events on
/// a 390 by 844 screen, and a cumulative layout shift of at most 0.05 (the script starts without moving anything).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FirstScreenTests(SiteFixture fixture, ITestOutputHelper output)
{
    // Layout shifts from the start of the page on (buffered), added up the way Chrome's CLS does for a short load.
    private const string Cls = @"() => new Promise(resolve => {
        let sum = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 1000); })";

    private ServedSite Site(string name) => name switch { "seeds" => fixture.Seeds, "large" => fixture.Large, _ => fixture.Sample };

    [BrowserTheory]
    [InlineData("seeds")]
    [InlineData("large")]
    public async Task A_phone_shows_three_whole_events_before_scrolling(string name)
    {
        await using var s = await fixture.OpenAsync(Site(name), Reader.TallPhone);
        await s.GoAsync();
        var whole = await s.Page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.tl-event')].filter(e => {
            const r = e.getBoundingClientRect(); return e.checkVisibility() && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }).map(e => e.id)");
        output.WriteLine($"{name}: {whole.Length} whole events on the first screen: {string.Join(", ", whole)}");
        await s.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"{name}-index-390x844-first-screen.png") });
        Assert.True(whole.Length >= 3, $"{whole.Length} whole events on a 390x844 screen");
        TimelinePage.AssertClean(s);
    }

    [BrowserTheory]
    [InlineData("seeds", 390)]
    [InlineData("seeds", 1280)]
    [InlineData("large", 390)]
    [InlineData("large", 1280)]
    public async Task The_home_page_does_not_shift_while_it_loads(string name, int width)
    {
        await using var s = await fixture.OpenAsync(Site(name), width < 600 ? Reader.TallPhone : Reader.Desktop);
        await s.GoAsync();
        var cls = await s.Page.EvaluateAsync<double>(Cls);
        output.WriteLine($"{name} at {width}px: CLS {cls:0.000}");
        Assert.InRange(cls, 0, 0.05);
    }
}
