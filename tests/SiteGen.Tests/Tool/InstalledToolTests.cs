using SiteGen.Configuration;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Tool;

/// <summary>
/// Install once, use anywhere: the packed and installed tool builds a folder that holds only articles with the theme
/// built into it, starts a new site that builds and verifies as it is, and lets a site replace one template while every
/// other file still comes from the default (and a rebuild notices when the template in use changes).
/// </summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void The_package_is_a_tool_named_sitegen_with_its_metadata_and_installs_from_a_local_folder()
    {
        Assert.True(tool.Pack.ExitCode == 0, tool.Pack.ToString());
        Assert.True(tool.Install.ExitCode == 0, tool.Install.ToString());
        Assert.Equal($"SiteGen.{ToolRelease.Number}.nupkg", Path.GetFileName(tool.Package));
        using var package = System.IO.Compression.ZipFile.OpenRead(tool.Package);
        using var nuspec = new StreamReader(package.GetEntry("SiteGen.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<packageType name=\"DotnetTool\"", text);
        Assert.Contains("<license type=\"expression\">", text);
        Assert.Contains("<readme>README.md</readme>", text);
        Assert.Contains("<tags>", text);
        Assert.Contains("<description>Turns a folder of Dutch news articles", text);
        Assert.NotNull(package.GetEntry("README.md"));
        Assert.Equal(ToolRelease.Number, tool.Run(Path.GetTempPath(), "--version").Out.Trim());
    }

    [Fact]
    public void A_folder_holding_only_articles_builds_with_the_default_theme_and_verifies()
    {
        using var site = new TempFolder();
        site.Write("artikelen/brug.md", "---\ntitle: Nieuwe brug over het kanaal geopend\ndate: 2024-03-14\n---\n\nDe brug is donderdag geopend. De bouw begon in september 2022.\n");
        site.Write("artikelen/pont.txt", "Pont vaart laatste keer\n\nDe pont over het kanaal vaart op 31 maart 2024 voor het laatst, meldde de gemeente op 15 maart 2024.\n");

        var build = tool.Run(site.Path, "build", "--input", "artikelen");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("SG3003", build.Out + build.Error);
        var index = File.ReadAllText(site.Combine("_site", "index.html"));
        Assert.Matches(@"css/site\.[0-9a-f]{8}\.css", index);
        Assert.Equal(2, Directory.GetDirectories(site.Combine("_site", "artikelen")).Length);
        Assert.False(Directory.Exists(site.Combine("templates")), "the build must not write the theme into the site");
        var verify = tool.Run(site.Path, "verify", "_site");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public void A_new_site_builds_and_verifies_and_new_refuses_a_folder_that_is_not_empty()
    {
        using var temp = new TempFolder();
        var created = tool.Run(temp.Path, "new", "krant");
        Assert.True(created.ExitCode == 0, created.ToString());
        var workflow = File.ReadAllText(temp.Combine("krant", ".github", "workflows", "pages.yml"));
        Assert.Contains($"SITEGEN_VERSION: '{ToolRelease.Number}'", workflow);
        Assert.Contains("dotnet tool install SiteGen --version \"$SITEGEN_VERSION\"", workflow);
        Assert.Contains("--strict", workflow);
        Assert.Contains("_site/", File.ReadAllText(temp.Combine("krant", ".gitignore")));
        Assert.Contains(".sitegen-cache/", File.ReadAllText(temp.Combine("krant", ".gitignore")));

        var build = tool.Run(temp.Combine("krant"), "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("1 articles built, 0 skipped, 0 warnings, 0 errors", build.Out);
        Assert.True(tool.Run(temp.Combine("krant"), "verify", "_site").ExitCode == 0);

        var again = tool.Run(temp.Path, "new", "krant");
        Assert.Equal(64, again.ExitCode);
        Assert.Contains("SG4010", again.Error);
    }

    [Fact]
    public void One_overridden_template_replaces_its_default_the_others_stay_and_a_rebuild_notices_the_change()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, tool.Run(temp.Path, "new", "krant").ExitCode);
        var root = temp.Combine("krant");
        Assert.Equal(0, tool.Run(root, "build").ExitCode);
        var before = ArticlePage(root);
        Assert.DoesNotContain("eigen-sjabloon", before);

        var export = tool.Run(root, "theme", "export");
        Assert.True(export.ExitCode == 0, export.ToString());
        var article = Path.Combine(root, "templates", "article.sbn");
        var custom = File.ReadAllText(article).Replace("<div class=\"article-body\">", "<div class=\"article-body eigen-sjabloon\">");
        Directory.Delete(Path.Combine(root, "templates"), recursive: true);
        Directory.Delete(Path.Combine(root, "wwwroot"), recursive: true);
        Directory.CreateDirectory(Path.Combine(root, "templates"));
        File.WriteAllText(article, custom);

        var build = tool.Run(root, "build", "--verbose");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("theme: templates/article.sbn (site)", build.Out);
        var defaults = Directory.GetFiles(Path.Combine(Repo.Root, "templates"), "*", SearchOption.AllDirectories).Length
            + Directory.GetFiles(Path.Combine(Repo.Root, "wwwroot"), "*", SearchOption.AllDirectories).Length - 1;
        Assert.Contains($"theme: {defaults} other files from the default theme", build.Out);
        Assert.Single(build.Out.Split('\n'), l => l.StartsWith("theme: ", StringComparison.Ordinal) && l.EndsWith("(site)", StringComparison.Ordinal));
        var after = ArticlePage(root);
        Assert.Contains("eigen-sjabloon", after);
        // Everything around the article's own markup is still the default layout, header and styles.
        Assert.Equal(Head(before), Head(after));
        Assert.True(tool.Run(root, "verify", "_site").ExitCode == 0);

        File.Delete(article);
        var back = tool.Run(root, "build");
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.DoesNotContain("up to date", back.Out);
        Assert.Equal(before, ArticlePage(root));
    }

    private static string ArticlePage(string root) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(root, "_site", "artikelen"), "index.html", SearchOption.AllDirectories).Single());

    private static string Head(string page) => page[..page.IndexOf("<body", StringComparison.Ordinal)];
}
