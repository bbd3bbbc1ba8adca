using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Cli;

public sealed class ThemeExportTests
{
    [Fact]
    public void Export_writes_the_default_theme_into_the_site_folders_and_keeps_a_file_the_site_already_has()
    {
        using var site = new TempFolder();
        site.Write("sitegen.yml", "templates: thema/sjablonen\n");
        site.Write("thema/sjablonen/article.sbn", "mijn eigen");

        var (exit, output, _) = SiteRun.Cli(site.Path, "theme", "export");

        Assert.Equal((int)ExitCode.Success, exit);
        Assert.Equal("mijn eigen", File.ReadAllText(site.Combine("thema", "sjablonen", "article.sbn")));
        Assert.Contains("kept    thema/sjablonen/article.sbn (exists)", output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Templates, "layout.sbn")), File.ReadAllBytes(site.Combine("thema", "sjablonen", "layout.sbn")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Wwwroot, "css", "site.css")), File.ReadAllBytes(site.Combine("wwwroot", "css", "site.css")));
    }

    [Fact]
    public void Export_to_a_folder_writes_templates_and_wwwroot_there()
    {
        using var temp = new TempFolder();
        var (exit, _, _) = SiteRun.Cli(temp.Path, "theme", "export", "uit");
        Assert.Equal((int)ExitCode.Success, exit);
        Assert.True(File.Exists(temp.Combine("uit", "templates", "i18n", "en.yml")));
        Assert.True(File.Exists(temp.Combine("uit", "wwwroot", "js", "timeline.js")));
    }

    [Fact]
    public void Version_prints_the_release_number()
    {
        var (exit, output, _) = SiteRun.Cli(Repo.Root, "--version");
        Assert.Equal((int)ExitCode.Success, exit);
        Assert.Equal(SiteGen.Configuration.ToolRelease.Number, output.Trim());
    }
}
