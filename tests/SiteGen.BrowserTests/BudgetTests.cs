using System.IO.Compression;
using AngleSharp.Html.Parser;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The index page's weight: its HTML plus every stylesheet and script it loads, raw and gzipped. Byte sizes are
/// deterministic, so they are asserted; no browser needed.
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

    /// <summary>Each file gzipped on its own, as a server sends it.</summary>
    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(bytes);
        return (int)buffer.Length;
    }
}
