using SiteGen.Verification.Model;
using Xunit;

namespace SiteGen.Tests.Verification;

/// <summary>
/// How the link checks map a URL in a page to a file of the site: under the base URL, directory URLs mean their
/// index.html, fragments are unescaped, queries dropped, external URLs are not files, and a root-relative URL
/// resolves the same from every page (it is worked out once per snapshot).
/// </summary>
public sealed class LinkResolutionTests
{
    private static readonly SiteSnapshot Site = new("/repo/",
        new HashSet<string>(StringComparer.Ordinal) { "index.html", "artikelen/a/index.html", "css/site.css", "tijdlijn/2022/index.html", "café/index.html" },
        new Dictionary<string, PageFacts>());

    [Theory]
    [InlineData("artikelen/a/index.html", "/repo/artikelen/b/#z-12", "artikelen/b/index.html", "z-12")]
    [InlineData("index.html", "/repo/", "index.html", null)]
    [InlineData("index.html", "/repo", "index.html", null)]
    [InlineData("index.html", "/repo/css/site.css?v=2", "css/site.css", null)]
    [InlineData("index.html", "/repo/tijdlijn/2022", "tijdlijn/2022/index.html", null)]
    [InlineData("index.html", "/repo/caf%C3%A9/#caf%C3%A9", "café/index.html", "café")]
    [InlineData("index.html", "  /repo/artikelen/a/#top \n", "artikelen/a/index.html", "top")]
    [InlineData("index.html", "/andere-site/x/", "", null)]
    [InlineData("artikelen/a/index.html", "../../tijdlijn/2022/#m-03", "tijdlijn/2022/index.html", "m-03")]
    [InlineData("artikelen/a/index.html", "./", "artikelen/a/index.html", null)]
    [InlineData("artikelen/a/index.html", "#z-4", "artikelen/a/index.html", "z-4")]
    [InlineData("index.html", "https://example.org/repo/", null, null)]
    [InlineData("index.html", "//example.org/repo/", null, null)]
    [InlineData("index.html", "mailto:redactie@example.org", null, null)]
    [InlineData("index.html", "", null, null)]
    public void A_link_resolves_to_the_file_it_names(string from, string url, string? file, string? fragment)
    {
        Assert.Equal((file, fragment), Site.Resolve(from, url));
        Assert.Equal((file, fragment), Site.Resolve(from, url)); // the second time from the snapshot's memory
    }

    [Fact]
    public void A_root_relative_link_resolves_the_same_from_any_page_and_a_relative_one_depends_on_it()
    {
        Assert.Equal(Site.Resolve("index.html", "/repo/artikelen/a/"), Site.Resolve("tijdlijn/2022/index.html", "/repo/artikelen/a/"));
        Assert.Equal(("artikelen/a/index.html", null), Site.Resolve("index.html", "artikelen/a/"));
        Assert.Equal(("tijdlijn/2022/artikelen/a/index.html", null), Site.Resolve("tijdlijn/2022/index.html", "artikelen/a/"));
    }
}
