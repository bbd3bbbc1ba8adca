using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Golden;

/// <summary>
/// The built site, page by page, against files kept in Golden/&lt;case&gt;/expected/. When a change is intended,
/// run <c>SITEGEN_ACCEPT=1 dotnet test tests/SiteGen.Tests --filter Golden</c> and review the diff in git.
/// </summary>
public class GoldenTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("seeds")]
    public void Built_site_matches_the_golden_files(string name)
    {
        using var temp = new TempFolder();
        var input = name == "seeds" ? Repo.Seeds : Path.Combine(GoldenSite.CaseFolder(name), "input");
        var options = SiteRun.Options(temp.Path, input) with { BaseUrl = "/repo/", Title = "Tijdlijn" };

        var (report, diagnostics) = SiteRun.Build(options);
        Assert.True(report.Published, string.Join("\n", diagnostics.Sorted));

        var differences = GoldenSite.Compare(name, options.Output);
        Assert.True(differences.Count == 0,
            $"The {name} site differs from Golden/{name}/expected ({string.Join(", ", differences)}). The new output is in " +
            $"Golden/{name}/received/; if the change is intended, accept it with SITEGEN_ACCEPT=1.");
    }
}
