using AngleSharp.Html.Parser;
using SiteGen.Cli;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// All bad fixtures dropped into one input folder next to the seeds: the build still publishes, every input file is
/// built or named, nothing is injected, and each seed article reads exactly as in a clean seeds-only build.
/// Previous/next links, the article's events and its place on the timeline may legitimately change when other
/// articles join (bad fixtures report the same Peking meeting), so the article's own content is compared:
/// title, date line, tags and body.
/// </summary>
public class MixedBuildTests(ITestOutputHelper log)
{
    private static readonly string[] OwnContent = ["title", "h1", ".article-header .meta", ".article-header .tags", ".article-body", "meta[name=description]"];

    [Fact]
    public void Bad_input_beside_the_seeds_leaves_every_seed_page_as_a_clean_build_makes_it()
    {
        using var clean = FixtureSite.Empty();
        clean.AddSeeds();
        Assert.Equal((int)ExitCode.Success, clean.Build().ExitCode);

        using var mixed = FixtureSite.Empty();
        mixed.AddSeeds();
        foreach (var fixture in FixtureBuildTests.CaseNames.Where(f => !f.StartsWith("template-")))
            mixed.AddFixture(fixture, "slecht/" + fixture);
        var (code, output) = mixed.Build();

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Empty(InjectionScan.Problems(mixed.Output, Path.Combine(mixed.Root, "wwwroot")));
        FixtureBuildTests.AssertNothingLost(mixed, output);

        var seedPages = Directory.GetDirectories(Path.Combine(clean.Output, "artikelen")).Select(Path.GetFileName).OfType<string>().Order().ToList();
        Assert.Equal(5, seedPages.Count);
        var parser = new HtmlParser();
        var identical = 0;
        foreach (var slug in seedPages)
        {
            var page = Path.Combine("artikelen", slug, "index.html");
            var mixedPath = Path.Combine(mixed.Output, page);
            Assert.True(File.Exists(mixedPath), $"Seed page {page} is missing from the mixed build.");
            var (cleanHtml, mixedHtml) = (File.ReadAllText(Path.Combine(clean.Output, page)), File.ReadAllText(mixedPath));
            if (cleanHtml == mixedHtml) { identical++; continue; }
            var (a, b) = (parser.ParseDocument(cleanHtml), parser.ParseDocument(mixedHtml));
            foreach (var selector in OwnContent)
                Assert.Equal(a.QuerySelector(selector)?.OuterHtml, b.QuerySelector(selector)?.OuterHtml);
        }
        log.WriteLine($"{identical} of {seedPages.Count} seed pages byte-identical; the others differ only outside the article's own content.");
    }
}
