using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Cli;
using SiteGen.Output;
using SiteGen.Reuse;
using SiteGen.Tests.Robustness;
using Xunit;

namespace SiteGen.Tests.Output;

/// <summary>
/// A build replaces only a folder SiteGen wrote, an empty one or a path that does not exist; anything else is refused
/// with exit 64 before a byte is written, and every file that was there is still there, unchanged.
/// </summary>
public class OutputSafetyTests
{
    private const string Article = "Kop van het artikel\n\nOp 4 maart 2022 sprak de minister in Den Haag over stikstof.\n";

    private static FixtureSite Site()
    {
        var site = FixtureSite.Empty();
        File.WriteAllText(Path.Combine(site.Input, "artikel.txt"), Article);
        File.WriteAllText(Path.Combine(site.Root, "sitegen.yml"), "title: Proef\n");
        return site;
    }

    private static (int Code, string Output) Build(FixtureSite site, string output, params string[] extra) =>
        site.Run(["build", "--input", "input", "--output", output, .. extra]);

    [Theory]
    [InlineData("input", "input", "is the input folder")]
    [InlineData("input/../input", "input", "is the input folder")]
    [InlineData(".", ".", "contains the input folder")]
    [InlineData("input/_site", "input/_site", "lies inside the input folder")]
    [InlineData("templates", "templates", "is the templates folder")]
    [InlineData("wwwroot/site", "wwwroot/site", "lies inside the wwwroot folder")]
    public void An_output_that_would_replace_or_feed_a_folder_the_build_reads_is_refused(string output, string shown, string why)
    {
        using var site = Site();
        var before = FailedBuildTests.Snapshot(site.Root);

        var (code, printed) = Build(site, output);

        Assert.Equal((int)ExitCode.BadUsage, code);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(shown)}: error SG4007: The output folder {why} ", printed);
        Assert.Contains("Fix: Pass an --output folder", printed);
        Assert.Equal(before, FailedBuildTests.Snapshot(site.Root));
    }

    [Fact]
    public void An_output_containing_the_site_root_is_refused()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "project"));
        foreach (var name in new[] { "input", "templates", "wwwroot", "sitegen.yml" })
            Directory.Move(Path.Combine(site.Root, name), Path.Combine(site.Root, "project", name));
        var before = FailedBuildTests.Snapshot(site.Root);

        var (code, printed) = site.Run(["build", "--config", "project/sitegen.yml", "--output", "."]);

        Assert.Equal((int)ExitCode.BadUsage, code);
        Assert.Contains("error SG4007: The output folder contains the input folder", printed);
        Assert.Equal(before, FailedBuildTests.Snapshot(site.Root));
    }

    [Fact]
    public void A_folder_SiteGen_did_not_write_is_refused_and_kept()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "docs", ".git"));
        File.WriteAllText(Path.Combine(site.Root, "docs", "notities.txt"), "van mij");
        File.WriteAllText(Path.Combine(site.Root, "docs", ".git", "HEAD"), "ref: refs/heads/main");
        var before = FailedBuildTests.Snapshot(site.Root);

        var (code, printed) = Build(site, "docs");

        Assert.Equal((int)ExitCode.BadUsage, code);
        Assert.Contains("docs: error SG4008: The output folder is not empty and was not written by SiteGen (it has no .sitegen-manifest)", printed);
        Assert.Equal(before, FailedBuildTests.Snapshot(site.Root));
    }

    [Fact]
    public void An_empty_folder_a_new_path_and_a_site_SiteGen_wrote_are_written()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "leeg"));

        Assert.Equal((int)ExitCode.Success, Build(site, "leeg").Code);
        Assert.Equal((int)ExitCode.Success, Build(site, "nieuw/diep/site").Code);
        File.AppendAllText(Path.Combine(site.Input, "artikel.txt"), "\nOp 5 maart 2022 volgde een tweede gesprek.\n");
        Assert.Equal((int)ExitCode.Success, Build(site, "leeg").Code);

        Assert.True(File.Exists(Path.Combine(site.Root, "leeg", SiteManifest.FileName)));
        Assert.True(File.Exists(Path.Combine(site.Root, "nieuw", "diep", "site", "index.html")));
    }

    [Fact]
    public void A_file_someone_put_into_a_published_site_is_named_and_kept()
    {
        using var site = Site();
        Assert.Equal((int)ExitCode.Success, Build(site, "_site").Code);
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "voorbeeld.nl");
        var before = FailedBuildTests.Snapshot(site.Output);

        var (code, printed) = Build(site, "_site", "--no-cache");

        Assert.Equal((int)ExitCode.BadUsage, code);
        Assert.Contains("_site: error SG4008: The output folder holds 1 file SiteGen did not write (CNAME); publishing would delete it.", printed);
        Assert.Contains("files the site should publish belong in wwwroot/", printed);
        Assert.Equal(before, FailedBuildTests.Snapshot(site.Output));
    }

    [Fact]
    public void A_site_written_before_there_was_a_manifest_is_known_by_its_last_build_record()
    {
        using var site = Site();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "<!doctype html><title>oud</title>");
        File.WriteAllText(Path.Combine(site.Output, "artikel.tmp-0123456789abcdef0123456789abcdef"), "half");
        var store = new CacheStore(site.Root, "eerdere-versie");
        new LastBuild("oud", 1, 0, [], [new WrittenFile("index.html", 1, 1)]).Write(store);

        var (code, printed) = Build(site, "_site");

        Assert.True(code == (int)ExitCode.Success, printed);
        Assert.True(File.Exists(Path.Combine(site.Output, SiteManifest.FileName)));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_output_that_is_a_link_is_refused()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "ergens"));
        File.WriteAllText(Path.Combine(site.Root, "ergens", "van-mij.txt"), "blijft");
        Directory.CreateSymbolicLink(site.Output, Path.Combine(site.Root, "ergens"));

        var (code, printed) = Build(site, "_site");

        Assert.Equal((int)ExitCode.BadUsage, code);
        Assert.Contains("_site: error SG4008: The output folder is a link", printed);
        Assert.Equal("blijft", File.ReadAllText(Path.Combine(site.Root, "ergens", "van-mij.txt")));
    }

    [Fact]
    public void A_second_build_into_the_same_output_stops_with_a_clear_message()
    {
        using var site = Site();
        Assert.Equal((int)ExitCode.Success, Build(site, "_site").Code);
        var before = FailedBuildTests.Snapshot(site.Output);

        using (var held = OutputLock.TryTake(site.Output))
        {
            Assert.NotNull(held);
            var (code, printed) = Build(site, "_site", "--no-cache");
            Assert.Equal((int)ExitCode.IoError, code);
            Assert.Contains("_site: error SG6003: Another build is writing this output folder right now", printed);
            Assert.Equal(before, FailedBuildTests.Snapshot(site.Output));
        }
        Assert.Equal((int)ExitCode.Success, Build(site, "_site", "--no-cache").Code);
        Assert.False(File.Exists(OutputLock.PathFor(site.Output)), "the lock file is removed when the build ends");
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_and_a_missing_site_is_put_back()
    {
        using var site = Site();
        Assert.Equal((int)ExitCode.Success, Build(site, "_site").Code);
        var published = FailedBuildTests.Snapshot(site.Output);
        // A kill between the two renames of the fallback swap: no output, the complete new site beside it.
        Directory.Move(site.Output, SiteWriter.NextFolder(site.Output));
        Directory.CreateDirectory(SiteWriter.OldFolder(site.Output));
        Directory.CreateDirectory(site.Output + ".tmp-0123456789abcdef0123456789abcdef.old");
        Directory.CreateDirectory(site.Output + ".tmp-niet-van-sitegen");

        SiteWriter.Recover(site.Output);

        Assert.Equal(published, FailedBuildTests.Snapshot(site.Output));
        Assert.Equal(["_site", "_site.tmp-niet-van-sitegen"], Directory.EnumerateDirectories(site.Root, "_site*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
