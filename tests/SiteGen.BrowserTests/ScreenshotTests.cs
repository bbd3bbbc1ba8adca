using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>Screenshots for a person to look at (artifacts/), and the layout facts a screenshot shows: no sideways scrolling.</summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture fixture)
{
    public static TheoryData<int, bool> Readers() => new() { { 1280, false }, { 1280, true }, { 360, false }, { 360, true } };

    [BrowserTheory]
    [MemberData(nameof(Readers))]
    public async Task Index_fits_the_width_and_is_saved_as_a_screenshot(int width, bool dark)
    {
        var reader = new Reader(width, dark);
        await using var s = await fixture.OpenAsync(reader);
        foreach (var (name, path) in new[] { ("index", ""), ("article", fixture.Site.ArticlePath), ("actor", fixture.Site.ActorPath) })
        {
            await s.GoAsync(path);
            var overflow = await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {width}px");
            await s.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"{name}-{reader.Name}.png"), FullPage = true });
        }
        await s.GoAsync();
        var actor = await s.Page.GetAttributeAsync(".tl-chip", "data-value");
        await s.GoAsync("?actor=" + actor);
        await s.Page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"index-filtered-{reader.Name}.png"), FullPage = false });
        TimelinePage.AssertClean(s);
    }
}
