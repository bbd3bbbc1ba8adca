using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using SiteGen.Verification;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A page whose bytes were verified before is not parsed again: its findings and facts come from the cache. What
/// depends on the rest of the site (links, anchors, articles linked) is still checked anew, from the facts.
/// </summary>
public sealed class StoredVerdictsTests : IDisposable
{
    private const string Head = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><meta name=\"description\" content=\"d\"><link rel=\"canonical\" href=\"/repo/\">";

    private readonly TempFolder _temp = new();

    public StoredVerdictsTests()
    {
        _temp.Write("site/site.css", "body{}");
        _temp.Write("site/index.html", Page("<h1 id=\"top\">Index</h1><a href=\"/repo/artikelen/a/\">a</a><a href=\"/repo/artikelen/b/\">b</a>"));
        _temp.Write("site/artikelen/a/index.html", Page("<h1>A</h1><p id=\"z-1\">x</p><a href=\"/repo/artikelen/b/#z-2\">b</a>"));
        _temp.Write("site/artikelen/b/index.html", Page("<h1>B</h1><p id=\"z-2\">y</p><a href=\"/repo/#top\">terug</a>"));
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"><title>t</title>{Head}<link rel=\"stylesheet\" href=\"/repo/site.css\">\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    private (IReadOnlyList<string> Diagnostics, int Cached) Verify()
    {
        var verdicts = new StoredVerdicts(new CacheStore(_temp.Combine("root"), "test"));
        var bag = new DiagnosticBag();
        new SiteVerifier(SiteVerifier.AllChecks) { Verdicts = verdicts }.Verify(_temp.Combine("site"), "/repo/", "site", bag);
        return ([.. bag.Sorted.Select(d => d.ToString())], verdicts.Hits);
    }

    [Fact]
    public void A_second_verification_of_the_same_pages_parses_none_and_finds_the_same()
    {
        var first = Verify();
        var second = Verify();

        Assert.Empty(first.Diagnostics);
        Assert.Equal(0, first.Cached);
        Assert.Equal(3, second.Cached);
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void A_link_broken_by_another_file_is_found_though_its_page_is_cached()
    {
        Verify();
        File.Delete(_temp.Combine("site/site.css"));
        _temp.Write("site/artikelen/b/index.html", Page("<h1>B</h1><p id=\"z-3\">y</p><a href=\"/repo/#top\">terug</a>"));

        var (diagnostics, cached) = Verify();

        Assert.Equal(2, cached); // index and a unchanged; b changed
        Assert.Contains(diagnostics, d => d.StartsWith("site/index.html(4,") && d.Contains("error SG5002") && d.Contains("site.css"));
        Assert.Contains(diagnostics, d => d.StartsWith("site/artikelen/a/index.html(7,") && d.Contains("error SG5003") && d.Contains("#z-2"));
    }

    [Fact]
    public void A_fault_in_a_cached_page_is_reported_again_with_its_place()
    {
        _temp.Write("site/artikelen/a/index.html", Page("<h1>A</h1>\n<p id=\"z-1\" onclick=\"alert(1)\">x</p><a href=\"/repo/artikelen/b/#z-2\">b</a>"));
        var first = Verify();
        var second = Verify();

        Assert.Equal(3, second.Cached);
        var finding = Assert.Single(second.Diagnostics, d => d.Contains("SG5011"));
        Assert.StartsWith("site/artikelen/a/index.html(8,1): error SG5011", finding);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    public void Dispose() => _temp.Dispose();
}
