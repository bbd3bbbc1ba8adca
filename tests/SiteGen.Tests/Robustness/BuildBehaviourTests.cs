using AngleSharp.Html.Parser;
using SiteGen.Cli;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// What the command line does with problems: warnings let a build publish and <c>--strict</c> turns them into a
/// failure; <c>verify</c> finds markup injected into a built site; odd dates are placed sensibly, never a crash.
/// </summary>
public class BuildBehaviourTests
{
    [Fact]
    public void Warnings_publish_but_fail_the_build_under_strict()
    {
        using var site = FixtureSite.For("front-matter-date-word");
        var (strictCode, strictOutput) = site.Build("--strict", "--url", "https://example.org/tijdlijn/");
        Assert.Equal((int)ExitCode.ContentErrors, strictCode);
        Assert.Contains("gisteren.md(3,7): warning SG0113:", strictOutput);
        Assert.Matches(@"(?m)^1 articles built, 0 skipped, 1 warnings, 0 errors; nothing published", strictOutput);
        Assert.False(Directory.Exists(site.Output));

        var (code, output) = site.Build();
        Assert.Equal((int)ExitCode.Success, code);
        Assert.Matches(@"(?m)^1 articles built, 0 skipped, 1 warnings, 0 errors; site written to _site", output);
    }

    [Fact]
    public void A_strict_build_without_a_public_address_warns_and_with_one_links_absolutely()
    {
        using var site = FixtureSite.For("utf8-no-bom");
        var (code, output) = site.Build("--strict");
        Assert.Equal((int)ExitCode.ContentErrors, code);
        Assert.Contains("sitegen.yml: warning SG4009:", output);
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode); // a build for a look, not for publishing, stays quiet

        var (published, _) = site.Build("--strict", "--url", "https://example.org/tijdlijn");
        Assert.Equal((int)ExitCode.Success, published);
        var index = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/tijdlijn/\">", index);
        Assert.Contains("<loc>https://example.org/tijdlijn/</loc>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        Assert.Equal(64, site.Build("--url", "vandaag").ExitCode);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "SG5010")]
    [InlineData("<script src=\"https://evil.example/x.js\"></script>", "SG5010")]
    [InlineData("<p onclick=\"alert(1)\">klik</p>", "SG5011")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">klik</a>", "SG5012")]
    public void Verify_finds_markup_injected_into_a_built_site(string injected, string code)
    {
        using var site = FixtureSite.For("utf8-no-bom");
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        var index = Path.Combine(site.Output, "index.html");
        File.WriteAllText(index, File.ReadAllText(index).Replace("</main>", injected + "</main>"));

        var (exit, output) = site.Run(["verify", "_site"]);

        Assert.Equal((int)ExitCode.VerificationFailed, exit);
        Assert.Matches($@"(?m)^_site/index\.html\(\d+,\d+\): error {code}: ", output);
    }

    [Fact]
    public void Verify_requires_a_content_security_policy_that_allows_only_the_site_itself()
    {
        using var site = FixtureSite.For("utf8-no-bom");
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        var index = Path.Combine(site.Output, "index.html");
        File.WriteAllText(index, File.ReadAllText(index).Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));

        var (exit, output) = site.Run(["verify", "_site"]);

        Assert.Equal((int)ExitCode.VerificationFailed, exit);
        Assert.Contains("error SG5013: The Content-Security-Policy allows 'unsafe-inline' for script-src.", output);
    }

    [Theory]
    [InlineData("date-far-past", "1648")]
    [InlineData("date-far-future", "2150")]
    [InlineData("date-far-future", "2150-01-01")]
    [InlineData("date-impossible", "2024-02-29")]
    public void Far_and_impossible_dates_are_placed_on_real_calendar_days(string fixture, string expected)
    {
        using var site = FixtureSite.For(fixture);
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        var times = index.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();

        Assert.Contains(times, t => t.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(times, t => Assert.True(IsCalendarValue(t), $"'{t}' is not a real year, month or day."));
        Assert.DoesNotContain(times, t => t.StartsWith("2022-02-3", StringComparison.Ordinal) || t.StartsWith("2022-03-0", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_with_only_vague_dates_is_listed_as_undated()
    {
        using var site = FixtureSite.For("dates-all-vague");
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));

        var undated = index.QuerySelector("section.undated") ?? throw new Xunit.Sdk.XunitException("No undated section.");
        Assert.Contains("Ooit komt er een oplossing", undated.TextContent);
        Assert.Empty(index.QuerySelectorAll("ol.timeline time[datetime]"));
    }

    // <time datetime> holds YYYY, YYYY-MM or YYYY-MM-DD (optionally with a time): each must exist in the calendar.
    private static bool IsCalendarValue(string value) => value.Length switch
    {
        4 => int.TryParse(value, out _),
        7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", out _),
        _ => value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out _),
    };
}
