using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Templates;
using SiteGen.Tests.Support;
using SiteGen.Theming;
using Xunit;

namespace SiteGen.Tests.Theming;

public sealed class SiteThemeTests
{
    [Theory]
    [InlineData("templates")]
    [InlineData("wwwroot")]
    public void The_default_theme_is_the_repository_folder_byte_for_byte(string folder)
    {
        var source = Path.Combine(Repo.Root, folder);
        var expected = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, DefaultTheme.Files(folder).Select(f => f.Path));
        foreach (var (path, bytes) in DefaultTheme.Files(folder))
            Assert.Equal(File.ReadAllBytes(Path.Combine(source, path)), bytes);
    }

    [Fact]
    public void A_site_file_replaces_the_default_of_the_same_name_and_no_other()
    {
        using var site = new TempFolder();
        site.Write("templates/article.sbn", "<h1>{{ model.title }}</h1>");
        var files = SiteTheme.Resolve(SiteOptions.ForRoot(site.Path), new DiagnosticBag()).Templates;

        var article = Assert.Single(files, f => f.RelativePath == "article.sbn");
        Assert.Equal("templates/article.sbn", article.Display);
        Assert.False(article.IsDefault);
        Assert.All(files.Where(f => f.RelativePath != "article.sbn"), f => Assert.StartsWith("sitegen:templates/", f.Display));
        Assert.Equal(DefaultTheme.Files("templates").Select(f => f.Path), files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_site_without_folders_loads_every_template_and_text_from_the_default()
    {
        using var site = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var theme = SiteTheme.Resolve(SiteOptions.ForRoot(site.Path), diagnostics);

        Assert.NotNull(TemplateSet.Load(theme.Templates, diagnostics));
        Assert.NotEqual("[site_title]", UiStrings.Load(theme.Templates, "nl", diagnostics)!.Text("site_title"));
        Assert.Empty(diagnostics.Sorted);
    }

    [Fact]
    public void A_language_without_texts_names_the_ones_there_are_and_how_to_add_one()
    {
        using var site = new TempFolder();
        var diagnostics = new DiagnosticBag();
        Assert.Null(UiStrings.Load(SiteTheme.Resolve(SiteOptions.ForRoot(site.Path), diagnostics).Templates, "fy", diagnostics));

        var error = Assert.Single(diagnostics.Sorted).ToString();
        Assert.Contains("templates/i18n/fy.yml: error SG3004", error);
        Assert.Contains("(there are: en, nl)", error);
        Assert.Contains("sitegen theme export", error);
        Assert.DoesNotContain("repository", error);
    }

    [Fact]
    public void The_build_fingerprint_tells_a_default_template_from_an_override_with_the_same_bytes()
    {
        using var site = new TempFolder();
        site.Write("artikelen/a.md", "---\ntitle: A\n---\nTekst.\n");
        var options = SiteOptions.ForRoot(site.Path) with { Input = site.Combine("artikelen") };
        var plain = LastBuild.FingerprintOf(options);

        var layout = DefaultTheme.Files("templates").Single(f => f.Path == "layout.sbn").Bytes;
        Directory.CreateDirectory(site.Combine("templates"));
        File.WriteAllBytes(site.Combine("templates", "layout.sbn"), layout);
        var overridden = LastBuild.FingerprintOf(options);
        File.WriteAllText(site.Combine("templates", "layout.sbn"), "changed");

        Assert.NotEqual(plain, overridden);
        Assert.NotEqual(overridden, LastBuild.FingerprintOf(options));
        Assert.StartsWith(ToolRelease.Number + "-", ToolVersion.Current);
    }
}
