using SiteGen.Cli;
using SiteGen.Tests.Robustness;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A build whose inputs, templates, assets, options and tool are those of the last published build, and whose output
/// is untouched, does nothing but say so and print the same diagnostics; any change to any of them builds again.
/// </summary>
public sealed class UpToDateBuildTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Empty();

    public UpToDateBuildTests()
    {
        _site.AddFixture("empty-file");
        File.WriteAllText(Path.Combine(_site.Input, "bericht.md"), "---\ntitle: Bericht\ndate: 2022-02-04\n---\nOp 4 februari 2022 spraken Xi en Poetin elkaar.\n");
    }

    private (int Code, string Output) Build(params string[] extra) => _site.Run(["build", "--input", "input", "--output", "_site", .. extra]);

    [Fact]
    public void A_second_build_with_nothing_changed_does_nothing_and_repeats_the_diagnostics()
    {
        var first = Build();
        var before = File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "index.html"));
        var second = Build();

        Assert.Equal((int)ExitCode.Success, first.Code);
        Assert.Equal((int)ExitCode.Success, second.Code);
        Assert.Contains("site written to _site", first.Output);
        Assert.Contains("_site is up to date", second.Output);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "index.html")));
        var warning = Assert.Single(first.Output.Split('\n'), l => l.Contains("SG0101") || l.Contains("leeg.txt"));
        Assert.Contains(warning, second.Output.Split('\n'));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("template")]
    [InlineData("asset")]
    [InlineData("output edited")]
    [InlineData("output deleted")]
    [InlineData("option")]
    public void Any_change_builds_again(string change)
    {
        Build();
        var extra = new List<string>();
        switch (change)
        {
            case "input": File.AppendAllText(Path.Combine(_site.Input, "bericht.md"), "Gisteren ook.\n"); break;
            case "template": File.AppendAllText(Path.Combine(_site.Root, "templates", "404.sbn"), "\n"); break;
            case "asset": File.AppendAllText(Path.Combine(_site.Root, "wwwroot", "css", "site.css"), "\n"); break;
            case "output edited": File.AppendAllText(Path.Combine(_site.Output, "index.html"), "\n"); break;
            case "output deleted": File.Delete(Path.Combine(_site.Output, "404.html")); break;
            case "option": extra.AddRange(["--base-url", "/repo/"]); break;
        }

        var again = Build([.. extra]);

        Assert.Equal((int)ExitCode.Success, again.Code);
        Assert.Contains("site written to _site", again.Output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "404.html")));
    }

    [Fact]
    public void Without_the_cache_every_build_builds()
    {
        Build();
        Assert.Contains("site written to _site", Build("--no-cache").Output);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_costs_time_not_the_build()
    {
        File.WriteAllText(Path.Combine(_site.Root, ".sitegen-cache"), "a file where the cache folder should be");

        var (code, output) = Build("--verbose");

        Assert.Equal((int)ExitCode.Success, code);
        Assert.Contains(".sitegen-cache: info SG6002: The cache folder cannot be written", output);
        Assert.Contains("site written to _site", output);
    }

    public void Dispose() => _site.Dispose();
}
