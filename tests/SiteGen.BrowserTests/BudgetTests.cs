using System.IO.Compression;
using AngleSharp.Html.Parser;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The index page's weight: its HTML plus every stylesheet and script it loads, raw and gzipped; and every page of
/// the 1,000-article site within 250 KB and 4,000 elements (parsed, and the heaviest counted again in chromium
/// after the script ran). Byte sizes are deterministic, so they are asserted.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BudgetTests(SiteFixture fixture, ITestOutputHelper output)
{
    private const int RawBudget = 60 * 1024;
    private const int GzipBudget = 20 * 1024;

    [Fact]
    public void Index_html_css_and_js_fit_the_budget_and_load_nothing_from_elsewhere()
    {
        var site = fixture.Seeds.Site;
        var indexPath = Path.Combine(site.Directory, "index.html");
        var document = new HtmlParser().ParseDocument(File.ReadAllText(indexPath));
        var assets = document.QuerySelectorAll("link[rel~=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));

        var files = new List<(string Name, byte[] Bytes)> { ("index.html", File.ReadAllBytes(indexPath)) };
        foreach (var asset in assets)
        {
            Assert.True(asset.StartsWith(site.BasePath, StringComparison.Ordinal) && !asset.StartsWith("//", StringComparison.Ordinal),
                $"{asset} is not one of the site's own files under {site.BasePath}");
            var local = Path.Combine(site.Directory, asset[site.BasePath.Length..].Split('?', '#')[0]);
            Assert.True(File.Exists(local), $"{asset} is not in the built site");
            files.Add((asset, File.ReadAllBytes(local)));
        }

        var raw = files.Sum(f => f.Bytes.Length);
        var gzip = files.Sum(f => Gzip(f.Bytes));
        foreach (var (name, bytes) in files) output.WriteLine($"{name}: {bytes.Length} B raw, {Gzip(bytes)} B gzip");
        var summary = $"index page total: {raw} B raw (budget {RawBudget}), {gzip} B gzip (budget {GzipBudget})";
        output.WriteLine(summary);
        File.WriteAllLines(Artifacts.PathFor("budget.txt"),
            files.Select(f => $"{f.Name}\t{f.Bytes.Length}\t{Gzip(f.Bytes)}").Append(summary));
        Assert.True(raw <= RawBudget, summary);
        Assert.True(gzip <= GzipBudget, summary);
    }

    private const int PageBytes = 250 * 1024;
    private const int PageElements = 4000;

    [Theory]
    [InlineData("seeds")]
    [InlineData("large")]
    public void No_page_is_over_250_KB_or_4000_elements(string name)
    {
        var site = name == "seeds" ? fixture.Seeds.Site : fixture.Large.Site;
        var parser = new HtmlParser();
        var pages = site.HtmlPages.Select(p =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Directory, p));
            return (Page: p, Bytes: bytes.Length, Elements: parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes)).All.Length);
        }).ToList();
        var lines = pages.OrderByDescending(p => p.Bytes).Take(5)
            .Select(p => $"{p.Page}: {p.Bytes / 1024.0:0.0} KB, {p.Elements} elements")
            .Prepend($"{name}: {pages.Count} pages; home {pages.Single(p => p.Page == "index.html").Bytes / 1024.0:0.0} KB, {pages.Single(p => p.Page == "index.html").Elements} elements")
            .ToList();
        foreach (var line in lines) output.WriteLine(line);
        File.WriteAllLines(Artifacts.PathFor($"page-weights-{name}.txt"), lines);
        var over = pages.Where(p => p.Bytes > PageBytes || p.Elements > PageElements).ToList();
        Assert.True(over.Count == 0, string.Join("\n", over.Select(p => $"{p.Page}: {p.Bytes} B, {p.Elements} elements")));
        Assert.True(pages.Count(p => p.Page.StartsWith("tijdlijn/", StringComparison.Ordinal)) > (name == "large" ? 10 : -1));
    }

    [BrowserFact]
    public async Task The_heaviest_timeline_pages_stay_within_4000_elements_after_the_script_ran()
    {
        var site = fixture.Large.Site;
        var heaviest = site.HtmlPages.Where(p => p == "index.html" || p.StartsWith("tijdlijn/", StringComparison.Ordinal))
            .OrderByDescending(p => new FileInfo(Path.Combine(site.Directory, p)).Length).Take(2).Append("index.html").Distinct();
        foreach (var page in heaviest)
        {
            await using var s = await fixture.OpenAsync(fixture.Large);
            await s.GoAsync(page[..^"index.html".Length]);
            var elements = await s.Page.EvaluateAsync<int>("() => document.querySelectorAll('*').length");
            output.WriteLine($"{page}: {elements} elements in chromium");
            Assert.InRange(elements, 100, PageElements);
        }
    }

    /// <summary>Each file gzipped on its own, as a server sends it.</summary>
    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(bytes);
        return (int)buffer.Length;
    }
}
