using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Configuration;

public class SiteConfigTests
{
    [Fact]
    public void Reads_every_setting_relative_to_its_folder()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read("title: Mijn tijdlijn\nlanguage: en\nbase_url: repo\nurl: https://u.github.io/repo\ninput: artikelen\noutput: out\n", "sitegen.yml", bag);
        var options = config.ApplyTo(SiteOptions.ForRoot("/site"));

        Assert.Empty(bag.Sorted);
        Assert.Equal("Mijn tijdlijn", options.Title);
        Assert.Equal("en", options.Language);
        Assert.Equal("/repo/", options.BaseUrl);
        Assert.Equal("https://u.github.io/repo/", options.SiteUrl);
        Assert.Equal("/site/artikelen", options.Input);
        Assert.Equal("/site/out", options.Output);
        Assert.Equal("/site/templates", options.Templates);
    }

    [Fact]
    public void Unknown_keys_warn_and_bad_yaml_errs_with_position()
    {
        var bag = new DiagnosticBag();
        SiteConfigReader.Read("title: x\ntitel: y\n", "sitegen.yml", bag);
        Assert.Equal("sitegen.yml(2,1): warning SG4002: Unknown setting 'titel'; it is ignored. Fix: Use one of: title, description, intro, image, language, base_url, url, input, output, templates, wwwroot.",
            Assert.Single(bag.Sorted).ToString());

        bag = new DiagnosticBag();
        SiteConfigReader.Read("title: [unclosed\n", "sitegen.yml", bag);
        Assert.Equal("SG4001", Assert.Single(bag.Sorted).Code);

        bag = new DiagnosticBag();
        SiteConfigReader.Read("url: not a url\n", "sitegen.yml", bag);
        Assert.Equal("SG4004", Assert.Single(bag.Sorted).Code);
    }

    [Fact]
    public void Flags_override_the_file()
    {
        using var temp = new TempFolder();
        temp.CopySite(input: "articles");
        temp.Write("sitegen.yml", "title: Uit het bestand\ninput: articles\noutput: from-config\nbase_url: /config/\n");

        var (exit, output, error) = SiteRun.Cli(temp.Path, "build", "--output", "from-flag", "--base-url", "/flag/");

        Assert.True(exit == 0, output + error);
        Assert.False(Directory.Exists(temp.Combine("from-config")));
        var index = File.ReadAllText(temp.Combine("from-flag", "index.html"));
        Assert.Contains("<title>Uit het bestand</title>", index);
        Assert.Contains("href=\"/flag/", index);
        Assert.DoesNotContain("/config/", index);
    }

    [Fact]
    public void Config_flag_makes_its_folder_the_site_root()
    {
        using var temp = new TempFolder();
        temp.CopySite("site");
        temp.Write("site/sitegen.yml", "description: Een beschrijving\n");

        var (exit, output, error) = SiteRun.Cli(temp.Path, "build", "--config", "site/sitegen.yml");

        Assert.True(exit == 0, output + error);
        Assert.Contains("Een beschrijving", File.ReadAllText(temp.Combine("site", "_site", "index.html")));
    }
}
