using System.Security.Cryptography;
using SiteGen.Cli;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Builds that must fail cleanly: a broken template or an output folder that cannot be written gives a clear
/// diagnostic and a named exit code, and leaves the previously published site byte for byte as it was, with no
/// staging folder or half-written file left behind.
/// </summary>
public class FailedBuildTests
{
    [Theory]
    [InlineData("template-syntax-error")]
    [InlineData("template-unknown-variable")]
    public void A_broken_template_leaves_the_previous_site_untouched(string fixture)
    {
        using var site = FixtureSite.Empty();
        FixtureSite.CopyTree(Path.Combine(FixtureSite.FixturesFolder, fixture, "input"), site.Input);
        Assert.Equal((int)ExitCode.Success, site.Build().ExitCode);
        var before = Snapshot(site.Output);

        FixtureSite.CopyTree(Path.Combine(FixtureSite.FixturesFolder, fixture, "templates"), Path.Combine(site.Root, "templates"));
        var (code, output) = site.Build();

        Assert.Equal((int)ExitCode.ContentErrors, code);
        Assert.Matches(@"(?m)^templates/[\w/]+\.sbn\(\d+,\d+\): error SG\d{4}: ", output);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(["_site", "input", "templates", "wwwroot"], TopLevel(site));
    }

    [Fact]
    public void An_output_folder_under_a_file_fails_with_an_io_exit_code_and_writes_nothing()
    {
        using var site = FixtureSite.For("output-unwritable");
        File.WriteAllText(Path.Combine(site.Root, "blokkade"), "een bestand, geen map");

        var (code, output) = site.Run(["build", "--input", "input", "--output", "blokkade/_site", "--no-cache"]);

        GoldenFile.AssertMatches(Path.Combine(FixtureSite.FixturesFolder, "output-unwritable", "expected-diagnostics.txt"), FixtureSite.Golden(code, output));
        Assert.Equal((int)ExitCode.IoError, code);
        Assert.Equal("een bestand, geen map", File.ReadAllText(Path.Combine(site.Root, "blokkade")));
        Assert.Equal(["blokkade", "input", "templates", "wwwroot"], TopLevel(site));
    }

    [Fact]
    public void An_output_path_that_is_a_file_fails_and_keeps_the_file()
    {
        using var site = FixtureSite.For("output-unwritable");
        File.WriteAllText(site.Output, "een bestand, geen map");

        var (code, output) = site.Build();

        Assert.Equal((int)ExitCode.IoError, code);
        Assert.Contains("error", output);
        Assert.Equal("een bestand, geen map", File.ReadAllText(site.Output));
        Assert.Equal(["_site", "input", "templates", "wwwroot"], TopLevel(site));
    }

    private static IReadOnlyList<string> TopLevel(FixtureSite site) =>
        Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every file of a folder with the hash of its bytes, in path order.</summary>
    internal static IReadOnlyList<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
