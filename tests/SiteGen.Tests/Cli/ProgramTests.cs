using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Cli;

public class ProgramTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "--help");
        Assert.Equal((int)ExitCode.Success, exit);
        foreach (var command in new[] { "build", "verify", "extract" }) Assert.Contains(command, output);
    }

    [Fact]
    public void Build_help_explains_every_option()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "build", "--help");
        Assert.Equal((int)ExitCode.Success, exit);
        foreach (var option in new[] { "--input", "--output", "--base-url", "--config", "--strict", "--quiet", "--verbose" })
            Assert.Contains(option, output);
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("extract", "seeds", "--format", "xml")]
    [InlineData("extract", "seeds", "--dct", "4-2-2022")]
    [InlineData("build", "--quiet", "--verbose")]
    public void Bad_usage_exits_64(params string[] args) =>
        Assert.Equal((int)ExitCode.BadUsage, SiteRun.Cli(Repo.Root, args).Exit);

    [Fact]
    public void A_missing_input_folder_is_bad_usage_and_named()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = SiteRun.Cli(temp.Path, "build", "--input", "nope");
        Assert.Equal((int)ExitCode.BadUsage, exit);
        Assert.Contains("nope: error SG4005", error);
    }

    [Fact]
    public void Build_succeeds_and_prints_a_summary()
    {
        using var temp = new TempFolder();
        temp.CopySite();
        var (exit, output, error) = SiteRun.Cli(temp.Path, "build");
        Assert.True(exit == 0, output + error);
        Assert.Contains("5 articles built, 0 skipped", output);
        Assert.True(File.Exists(temp.Combine("_site", "index.html")));
    }

    [Fact]
    public void A_verbose_build_says_what_each_stage_and_the_garbage_collector_cost()
    {
        using var temp = new TempFolder();
        temp.CopySite();
        var (exit, output, error) = SiteRun.Cli(temp.Path, "build", "--verbose");
        Assert.True(exit == 0, output + error);
        Assert.Matches(@"stages: .*render \d+ ms \(\d+ MB\).*; GC paused \d+ ms in \d+ collections \(\d+ of generation 1, \d+ of generation 2\)", output);
    }

    [Fact]
    public void A_broken_template_exits_1_with_its_position()
    {
        using var temp = new TempFolder();
        temp.CopySite();
        temp.Write("templates/404.sbn", "<h1>x</h1>\n{{ if }}\n");
        var (exit, output, error) = SiteRun.Cli(temp.Path, "build");
        Assert.Equal((int)ExitCode.ContentErrors, exit);
        Assert.Contains("templates/404.sbn(2,", error);
        Assert.Contains("error SG3001", error);
        Assert.Contains("nothing published", output);
    }

    [Fact]
    public void Verify_of_a_broken_site_exits_2()
    {
        using var temp = new TempFolder();
        temp.Write("site/index.html", "<!DOCTYPE html><html><head><title>x</title></head><body><a href=\"/nope/\">x</a></body></html>");
        var (exit, output, error) = SiteRun.Cli(temp.Path, "verify", "site");
        Assert.Equal((int)ExitCode.VerificationFailed, exit);
        Assert.Contains("site/index.html", error);
        Assert.Contains("SG5002", error);
    }

    [Fact]
    public void An_output_that_cannot_be_written_exits_74()
    {
        using var temp = new TempFolder();
        temp.CopySite();
        temp.Write("blocked", "a file where the output's parent folder should be");
        var (exit, _, error) = SiteRun.Cli(temp.Path, "build", "--output", "blocked/_site");
        Assert.Equal((int)ExitCode.IoError, exit);
        Assert.Contains("SG6001", error);
    }

    [Fact]
    public void Extract_prints_one_json_line_per_article()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "extract", "seeds");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        using var json = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.Equal("000_cb0ba9fad2ddb346", json.RootElement.GetProperty("id").GetString());
        foreach (var key in new[] { "dct", "title", "timex", "headline", "events" })
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
    }

    [Fact]
    public void Extract_dct_overrides_the_document_date()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "extract", "seeds/004_a65d9168c7908b90.txt", "--dct", "2024-05-16");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("2024-05-16", json.RootElement.GetProperty("dct").GetProperty("value").GetString());
    }

    [Fact]
    public void Extract_text_marks_each_expression_in_place()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "extract", "seeds/000_cb0ba9fad2ddb346.txt", "--format", "text");
        Assert.Equal(0, exit);
        Assert.Contains("[[vorig jaar|2021]]", output);
        Assert.Contains("[[4 feb '22 15:36|2022-02-04T15:36]]", output);
    }

    [Fact]
    public void Every_exit_code_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        foreach (var code in Enum.GetValues<ExitCode>())
            Assert.Contains($"| {(int)code} | {code} |", readme);
    }
}
