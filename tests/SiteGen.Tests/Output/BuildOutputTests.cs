using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Output;

public class BuildOutputTests
{
    [Fact]
    public void Base_url_prefixes_every_internal_link_asset_and_canonical()
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { BaseUrl = "/repo/" };
        var (report, bag) = SiteRun.Build(options);
        Assert.True(report.Published, string.Join("\n", bag.Sorted));

        var parser = new HtmlParser();
        var checkedUrls = 0;
        foreach (var file in Directory.EnumerateFiles(options.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith('#')) continue;
                Assert.StartsWith("/repo/", url);
                checkedUrls++;
            }
        }
        Assert.True(checkedUrls > 50, $"only {checkedUrls} urls checked");
        Assert.Contains("<loc>/repo/artikelen/", File.ReadAllText(Path.Combine(options.Output, "sitemap.xml")));
    }

    [Fact]
    public void Site_url_makes_canonical_and_open_graph_absolute()
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { BaseUrl = "/repo/", SiteUrl = "https://user.github.io/repo/" };
        var (report, bag) = SiteRun.Build(options);
        Assert.True(report.Published, string.Join("\n", bag.Sorted));

        var index = File.ReadAllText(Path.Combine(options.Output, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://user.github.io/repo/\">", index);
        Assert.Contains("<meta property=\"og:url\" content=\"https://user.github.io/repo/\">", index);
        Assert.Contains("Sitemap: https://user.github.io/repo/sitemap.xml", File.ReadAllText(Path.Combine(options.Output, "robots.txt")));
    }

    [Fact]
    public void Two_builds_of_the_seeds_are_byte_identical()
    {
        using var temp = new TempFolder();
        var first = SiteRun.Options(temp.Path, Repo.Seeds, "one");
        var second = SiteRun.Options(temp.Path, Repo.Seeds, "two");
        Assert.True(SiteRun.Build(first).Report.Published);
        Assert.True(SiteRun.Build(second).Report.Published);

        var a = SiteRun.Tree(first.Output);
        Assert.Equal(a, SiteRun.Tree(second.Output));
        Assert.Contains("index.html", a.Keys);
        // Text files (the Open Graph picture is a PNG, whose bytes may hold anything).
        foreach (var file in Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file + " has a BOM");
        }
    }

    [Fact]
    public void A_build_writing_pages_as_they_are_made_publishes_the_site_composed_in_memory()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(Repo.Seeds, "seeds");
        var options = SiteRun.Options(temp.Path, "seeds");
        Assert.True(SiteRun.Build(options).Report.Published);
        AssertPublishedAsComposed(options, temp.Path);

        // A rebuild links the files the output already holds and stages the changed ones: the same site again.
        var article = Directory.GetFiles(options.Input)[0];
        File.WriteAllText(article, File.ReadAllText(article).Replace("\n\n", "\n\nHet kabinet besloot op 3 maart 2021 tot een nieuwe stap.\n\n", StringComparison.Ordinal));
        Assert.True(SiteRun.Build(options).Report.Published);
        AssertPublishedAsComposed(options, temp.Path);
    }

    private static void AssertPublishedAsComposed(SiteOptions options, string root)
    {
        var composed = new SiteBuilder(options).Compose(new DiagnosticBag()).ByPath()
            .ToDictionary(f => f.Key, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value)), StringComparer.Ordinal);
        var built = SiteRun.Tree(options.Output);
        // The manifest is the one file a build adds to what serve composes.
        Assert.True(built.Remove(SiteManifest.FileName));
        Assert.Equal(new SortedDictionary<string, string>(composed, StringComparer.Ordinal), built);
        // The staging folder became the output: nothing is left beside it.
        Assert.Equal([options.Output], Directory.GetDirectories(root, "_site*"));
    }

    [Fact]
    public void A_failing_build_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { Templates = temp.CopyFrom(Repo.Templates, "templates") };
        Assert.True(SiteRun.Build(options).Report.Published);
        var before = SiteRun.Tree(options.Output);

        File.WriteAllText(Path.Combine(options.Templates, "article.sbn"), "<h1>{{ model.no_such_field }}</h1>");
        var (report, bag) = SiteRun.Build(options);

        Assert.Equal(BuildOutcome.ContentErrors, report.Outcome);
        Assert.Contains(bag.Sorted, d => d.Code == "SG3002" && d.File == "templates/article.sbn" && d.Line == 1);
        Assert.Equal(before, SiteRun.Tree(options.Output));
        Assert.Single(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith("_site", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ t.site_title = 'Gewijzigd' }}")]
    [InlineData("{{ t.months[1] = 'Gewijzigd' }}")]
    [InlineData("{{ t.actor_kinds.Person = 'Gewijzigd' }}")]
    [InlineData("{{ date.format = '%Y' }}")]
    [InlineData("{{ array.size = 1 }}")]
    public void A_template_cannot_change_the_shared_UI_texts_or_builtins_for_the_pages_after_it(string assignment)
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { Templates = temp.CopyFrom(Repo.Templates, "templates") };
        var article = Path.Combine(options.Templates, "article.sbn");
        File.WriteAllText(article, assignment + File.ReadAllText(article));

        var (report, bag) = SiteRun.Build(options);

        Assert.Equal(BuildOutcome.ContentErrors, report.Outcome);
        Assert.Contains(bag.Sorted, d => d.Code == "SG3002" && d.File == "templates/article.sbn" && d.Line == 1);
    }

    [Fact]
    public void A_site_failing_verification_is_not_published()
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { Templates = temp.CopyFrom(Repo.Templates, "templates") };
        File.WriteAllText(Path.Combine(options.Templates, "404.sbn"), "<h1>a</h1><h1>b</h1><a href=\"{{ url 'nergens/' }}\">x</a>");

        var (report, bag) = SiteRun.Build(options);

        Assert.Equal(BuildOutcome.VerificationFailed, report.Outcome);
        Assert.Contains(bag.Sorted, d => d.Code == "SG5006" && d.File == "_site/404.html");
        Assert.Contains(bag.Sorted, d => d.Code == "SG5002" && d.File == "_site/404.html");
        Assert.False(Directory.Exists(options.Output));
        Assert.Empty(Directory.GetDirectories(temp.Path, "_site*"));
    }

    [Fact]
    public void A_rebuild_failing_verification_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var options = SiteRun.Options(temp.Path, Repo.Seeds) with { Templates = temp.CopyFrom(Repo.Templates, "templates") };
        Assert.True(SiteRun.Build(options).Report.Published);
        var before = SiteRun.Tree(options.Output);
        // Pages are verified and compared with the intact output as they are made: none may be written before all passed.
        File.AppendAllText(Path.Combine(options.Templates, "article.sbn"), "<a href=\"{{ url 'nergens/' }}\">x</a>");

        var (report, bag) = SiteRun.Build(options);

        Assert.Equal(BuildOutcome.VerificationFailed, report.Outcome);
        Assert.Contains(bag.Sorted, d => d.Code == "SG5002" && d.File.StartsWith("_site/artikelen/", StringComparison.Ordinal));
        Assert.Equal(before, SiteRun.Tree(options.Output));
        Assert.Single(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith("_site", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_turns_warnings_into_failure()
    {
        using var temp = new TempFolder();
        temp.Write("in/leeg.txt", "");
        temp.Write("in/goed.txt", "Een artikel.\n\nMet tekst over 4 februari 2022.");
        var options = SiteRun.Options(temp.Path, "in");

        var (lenient, bag) = SiteRun.Build(options);
        Assert.True(lenient.Published);
        Assert.True(bag.WarningCount > 0, "an empty file should warn");

        var (strict, _) = SiteRun.Build(options with { Strict = true, Output = temp.Combine("strict") });
        Assert.Equal(BuildOutcome.ContentErrors, strict.Outcome);
        Assert.False(Directory.Exists(temp.Combine("strict")));
    }

    [Fact]
    public void Article_text_that_looks_like_a_template_or_markup_stays_text()
    {
        using var temp = new TempFolder();
        temp.Write("in/boos.md", "---\ntitle: \"<script>alert(1)</script> {{ site.title }}\"\nsource: \"\\\"><svg onload=alert(1)>\"\nurl: \"javascript:alert(1)\"\n---\nTekst {{ 7 * 7 }} en <img src=x onerror=alert(1)> en [link](javascript:alert(2)).\n");
        var options = SiteRun.Options(temp.Path, "in");

        var (report, bag) = SiteRun.Build(options);

        Assert.True(report.Published, string.Join("\n", bag.Sorted));
        var page = Directory.GetFiles(Path.Combine(options.Output, "artikelen"), "index.html", SearchOption.AllDirectories).Single();
        var html = File.ReadAllText(page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ site.title }}", html);
        Assert.Contains("{{ 7 * 7 }}", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("svg, img"));
        // The page's scripts: the site's own file, and structured data that is nothing but JSON.
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
            s.GetAttribute("src") is { } src ? src.StartsWith("/js/article.", StringComparison.Ordinal) && s.TextContent.Length == 0
                : s.GetAttribute("type") == "application/ld+json" && System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement.GetProperty("headline").GetString() == "<script>alert(1)</script> {{ site.title }}",
            s.OuterHtml));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Value.Contains("javascript:", StringComparison.Ordinal));
    }
}
