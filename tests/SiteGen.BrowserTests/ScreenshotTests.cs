using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>Screenshots for a person to look at (artifacts/), and the layout fact a screenshot shows: no sideways scrolling.</summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture fixture)
{
    public static TheoryData<int, bool> Readers() => new() { { 1280, false }, { 1280, true }, { 390, false }, { 390, true } };

    [BrowserTheory]
    [MemberData(nameof(Readers))]
    public async Task Pages_fit_the_width_and_are_saved_as_screenshots(int width, bool dark)
    {
        var reader = new Reader(width, dark, Height: width < 600 ? 844 : 800);
        var pages = new List<(ServedSite Site, string Name, string Path)>
        {
            (fixture.Seeds, "index", ""), (fixture.Seeds, "article", fixture.Seeds.Site.ArticlePath),
            (fixture.Sample, "index", ""), (fixture.Sample, "actor", fixture.Sample.Site.ActorPath ?? ""),
            (fixture.Large, "index", ""), (fixture.Large, "month", fixture.Large.Site.PeriodPath),
        };
        foreach (var (site, name, path) in pages)
        {
            await using var s = await fixture.OpenAsync(site, reader);
            await s.GoAsync(path);
            var overflow = await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{site} {name} scrolls sideways by {overflow}px at {width}px");
            await s.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"{site}-{name}-{reader.Name}.png"), FullPage = true });
            await s.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"{site}-{name}-{reader.Name}-top.png") });
            TimelinePage.AssertClean(s);
        }

        await using var filtered = await fixture.OpenAsync(fixture.Sample, reader);
        await filtered.GoAsync();
        var actor = await filtered.Page.GetAttributeAsync(".tl-chip[data-facet=actor]", "data-value");
        await filtered.GoAsync("?kern=0&actor=" + actor);
        await filtered.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"sample-index-filtered-{reader.Name}.png") });
        TimelinePage.AssertClean(filtered);
    }
}
