using SiteGen.Tests.Support;
using SiteGen.Tests.Verification.Reference;
using SiteGen.Verification;
using SiteGen.Verification.Model;
using SiteGen.Verification.Scanning;
using Xunit;

namespace SiteGen.Tests.Verification;

/// <summary>
/// The page checks on the token stream against the same checks on a parsed document (<see cref="DomPageVerifier"/>,
/// the specification): every finding equal, line and column included, and the same ids and links, over the seeds
/// site, a generated site, the generated pages damaged at random, and a set of hand-written broken pages.
/// </summary>
public sealed class TokenVerifierTests : IClassFixture<TokenVerifierTests.Sites>
{
    private static readonly PageVerifier Verifier = new([.. SiteVerifier.AllChecks.OfType<IPageCheck>()]);

    private readonly Sites _sites;

    public TokenVerifierTests(Sites sites) => _sites = sites;

    /// <summary>The seeds site and a generated one, built once for the class.</summary>
    public sealed class Sites : IDisposable
    {
        private readonly TempFolder _temp = new();
        private readonly GeneratedCorpus _corpus = new(40);

        public Sites()
        {
            Seeds = Read(Build(Repo.Seeds, "seeds-site"));
            Generated = Read(Build(_corpus.Input, "generated-site"));
        }

        public Dictionary<string, string> Seeds { get; }

        public Dictionary<string, string> Generated { get; }

        private string Build(string input, string output)
        {
            var options = SiteRun.Options(_temp.Path, input, output) with { Input = input };
            var (_, diagnostics) = SiteRun.Build(options);
            Assert.DoesNotContain(diagnostics.Sorted, d => d.Code.StartsWith("SG50", StringComparison.Ordinal));
            return Path.Combine(_temp.Path, output);
        }

        private static Dictionary<string, string> Read(string root) =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

        public void Dispose()
        {
            _temp.Dispose();
            _corpus.Dispose();
        }
    }

    [Fact]
    public void Every_page_of_the_seeds_site_is_read_from_its_tokens_with_the_documents_verdict() => AllFromTokens(_sites.Seeds);

    [Fact]
    public void Every_page_of_a_generated_site_is_read_from_its_tokens_with_the_documents_verdict() => AllFromTokens(_sites.Generated);

    private static void AllFromTokens(Dictionary<string, string> site)
    {
        var snapshot = Snapshot(site);
        var pages = site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        foreach (var (path, html) in pages)
        {
            // Generated pages never need the tree builder: that is where the time goes.
            Assert.True(TokenScanner.TryScan(path, html, []) is not null, $"{path} fell back to the full parse");
            SameVerdict(snapshot, path, html);
        }
    }

    [Fact]
    public void Generated_pages_damaged_at_random_get_the_documents_verdict()
    {
        var snapshot = Snapshot(_sites.Generated);
        var pages = _sites.Generated.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var random = new Random(2207);
        var fromTokens = 0;
        for (var n = 0; n < 600; n++)
        {
            var (path, html) = pages[random.Next(pages.Count)];
            var damaged = Damage(html, random);
            if (TokenScanner.TryScan(path, damaged, []) is not null) fromTokens++;
            SameVerdict(snapshot, path, damaged);
        }
        // Both readings are exercised: damage the token path still takes (attributes, text) and damage it hands on.
        Assert.InRange(fromTokens, 60, 540);
    }

    [Theory]
    [MemberData(nameof(BrokenPages))]
    public void A_broken_page_gets_the_documents_verdict(string name, string html)
    {
        Assert.NotNull(name);
        SameVerdict(Snapshot(_sites.Seeds, "/repo/"), "artikelen/x/index.html", html);
    }

    [Fact]
    public void The_broken_pages_are_found_broken()
    {
        // Guards the set above: a broken page that verified clean would prove nothing about placing findings. Left
        // out: valid markup the token path hands on to the parser, and faults only the whole-site checks see.
        string[] handedOn = ["li in li", "table", "quirks doctype", "no head or body tags", "missing end of page"];
        string[] wholeSite = ["bad link", "duplicate ids", "title in body only"];
        var snapshot = Snapshot(_sites.Seeds, "/repo/");
        Assert.All(BrokenPages().Where(p => !handedOn.Contains((string)p[0]) && !wholeSite.Contains((string)p[0])),
            p => Assert.NotEmpty(Verifier.Check(snapshot, "artikelen/x/index.html", (string)p[1]).Findings));
        Assert.All(BrokenPages().Where(p => handedOn.Contains((string)p[0])),
            p => Assert.Null(TokenScanner.TryScan("artikelen/x/index.html", (string)p[1], [])));
    }

    private const string Head = "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"
        + "<title>t</title><meta name=\"description\" content=\"d\"><link rel=\"canonical\" href=\"/repo/artikelen/x/\">";

    private static string Page(string body, string head = Head, string html = "<html lang=\"nl\">") =>
        $"<!DOCTYPE html>\n{html}\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    public static TheoryData<string, string> BrokenPages() => new()
    {
        { "unclosed div", Page("<h1>A</h1><div><p>x</p>") },
        { "stray end tags", Page("<h1>A</h1><p>x</p></div></span>") },
        { "misnested", Page("<h1>A</h1><p><b><i>x</b></i></p>") },
        { "block in p", Page("<h1>A</h1><p>x<div>y</div></p>") },
        { "li in li", Page("<h1>A</h1><ul><li>a<li>b</ul>") },
        { "nested a", Page("<h1>A</h1><a href=\"/\">x<a href=\"/\">y</a></a>") },
        { "heading in heading", Page("<h1>A<h2>B</h2></h1>") },
        { "table", Page("<h1>A</h1><table><tr><td>x</td></tr></table>") },
        { "text in table", Page("<h1>A</h1><table>x<tr><td>y</td></tr></table>") },
        { "no doctype", Page("<h1>A</h1>")[16..] },
        { "quirks doctype", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">" + Page("<h1>A</h1>")[15..] },
        { "no head or body tags", "<!DOCTYPE html><html lang=\"nl\">" + Head + "<h1>A</h1></html>" },
        { "text before body", Page("<h1>A</h1>").Replace("</head>", "</head>hallo") },
        { "text after body", Page("<h1>A</h1>").Replace("</body>", "</body>hallo") },
        { "missing end of page", Page("<h1>A</h1>").Replace("</body>\n</html>\n", "") },
        { "bad link", Page("<h1>A</h1><a href=\"/nergens/\">x</a><img src=\"plaatje.png\" alt=\"\">") },
        { "duplicate ids", Page("<h1 id=\"a\">A</h1><p id=\"a\">x</p><p id=\"\">y</p>") },
        { "duplicate attribute", Page("<h1>A</h1><p class=\"x\" class=\"y\" id=\"p\" id=\"q\">x</p>") },
        { "inline handlers", Page("<h1 onclick=\"x()\">A</h1><img src=\"/x.png\" alt=\"\" ONERROR=\"y()\" onload=\"z()\">", html: "<html lang=\"nl\" onload=\"w()\">") },
        { "handler on body", Page("<h1>A</h1>").Replace("<body>", "<body onload=\"x()\">") },
        { "javascript urls", Page("<h1>A</h1><a href=\" JaVa&#x09;Script:alert(1)\">x</a><iframe src=\"vbscript:x\"></iframe><form action=\"data:text/html,x\"></form>") },
        { "refresh", Page("<h1>A</h1>", Head + "<meta http-equiv=\"refresh\" content=\"0; url='javascript:alert(1)'\">") },
        { "no lang", Page("<h1>A</h1>", html: "<html>") },
        { "blank lang", Page("<h1>A</h1>", html: "<html lang=\" \">") },
        { "no title", Page("<h1>A</h1>", Head.Replace("<title>t</title>", "")) },
        { "blank title", Page("<h1>A</h1>", Head.Replace("<title>t</title>", "<title> &nbsp;\n</title>")) },
        { "title in body only", Page("<h1>A</h1><title>laat</title>", Head.Replace("<title>t</title>", "")) },
        { "no h1", Page("<h2>A</h2>") },
        { "two h1", Page("<h1>A</h1><p>x</p>\n  <h1>B</h1><h1>C</h1>") },
        { "no description", Page("<h1>A</h1>", Head.Replace("<meta name=\"description\" content=\"d\">", "")) },
        { "blank description", Page("<h1>A</h1>", Head.Replace("content=\"d\"", "content=\" \"")) },
        { "two descriptions", Page("<h1>A</h1>", Head.Replace("content=\"d\">", "content=\"\"><meta name=\"description\" content=\"d\">")) },
        { "no canonical", Page("<h1>A</h1>", Head.Replace("<link rel=\"canonical\" href=\"/repo/artikelen/x/\">", "")) },
        { "two canonicals", Page("<h1>A</h1>", Head + "<link rel=\"canonical\" href=\"/b/\">") },
        { "canonical without href", Page("<h1>A</h1>", Head.Replace("<link rel=\"canonical\" href=\"/repo/artikelen/x/\">", "<link rel=\"canonical\">")) },
        { "canonical outside base", Page("<h1>A</h1>", Head.Replace("href=\"/repo/artikelen/x/\"", "href=\"/elders/\"")) },
        { "no csp", Page("<h1>A</h1>", Head.Replace("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">", "")) },
        { "loose csp", Page("<h1>A</h1>", Head.Replace("default-src 'self'", "default-src 'self' 'unsafe-inline'")) },
        { "csp in body", Page("<h1>A</h1><meta http-equiv=\"content-security-policy\" content=\"script-src *\">", Head.Replace("default-src 'self'", "style-src 'self'")) },
        { "inline script", Page("<h1>A</h1><script>alert(1)</script><script type=\"application/ld+json\">{}</script>") },
        { "foreign script", Page("<h1>A</h1><script src=\"https://cdn.example.org/x.js\"></script><script src=\"/js/nope.css\"></script>") },
        { "script with src and text", Page("<h1>A</h1><script src=\"/repo/js/site.js\"> x </script>") },
        { "script hiding markup", Page("<h1>A</h1><script>var s = '<p onclick=\"x\">'; if (a < b) {}</script><p>na</p>") },
        { "script left open", Page("<h1>A</h1><script>var x = 1;") },
        { "svg", Page("<h1>A</h1><svg viewBox=\"0 0 1 1\"><a xlink:href=\"javascript:x\"><title>t</title></a><script>y</script></svg>") },
        { "self-closing div", Page("<h1>A</h1><div/><p>x</p>") },
        { "noscript in head with text", Page("<h1>A</h1>", Head + "<noscript><p>geen script</p></noscript>") },
        { "form in form", Page("<h1>A</h1><form action=\"/a\"><form action=\"javascript:x\"></form></form>") },
        { "bad character reference", Page("<h1>A &bogus; &#0; &amp</h1><a href=\"/?a=1&b=2\">x</a>") },
        { "unclosed comment", Page("<h1>A</h1><!-- nooit dicht") },
        { "null character", Page("<h1>A\0</h1>") },
        { "head element in body", Page("<h1>A</h1><head><title>x</title></head><body onload=\"x()\">") },
        { "end tag with attribute", Page("<h1>A</h1><p>x</p id=\"y\">") },
        { "broken button", Page("<h1>A</h1><button>x<button>y</button></button>") },
        { "frameset", "<!DOCTYPE html><html><frameset onload=\"x()\"><frame src=\"javascript:y\"></frameset></html>" },
        { "empty", "" },
    };

    /// <summary>One random change to a generated page: an end tag dropped, a tag or text inserted, a stretch cut out.</summary>
    private static string Damage(string html, Random random)
    {
        string[] inserts =
        [
            "<div>", "</p>", "</div>", "<p>", "<li>", "<table>", "x", "<a href=\"/nergens/\">", "</a>", "<h1>", "&bogus;",
            "<span onclick=\"x()\">s</span>", "<img src=\"javascript:x\" alt=\"\">", "<script>1</script>", " id=\"z-1\"",
            "<title>", "<b><i>x</b></i>", "<!-- c -->", "\"", "<", "<svg><path/></svg>", "<br/>", "<div/>",
        ];
        var at = random.Next(html.Length);
        switch (random.Next(3))
        {
            case 0:
                var end = html.IndexOf("</", at, StringComparison.Ordinal);
                var close = end < 0 ? -1 : html.IndexOf('>', end);
                return close < 0 ? html : html.Remove(end, close - end + 1);
            case 1:
                return html.Insert(at, inserts[random.Next(inserts.Length)]);
            default:
                return html.Remove(at, Math.Min(random.Next(1, 40), html.Length - at));
        }
    }

    private static SiteSnapshot Snapshot(Dictionary<string, string> site, string baseUrl = "/") =>
        new(baseUrl, site.Keys.ToHashSet(StringComparer.Ordinal), new Dictionary<string, PageFacts>());

    private static void SameVerdict(SiteSnapshot site, string path, string html)
    {
        var expected = Describe(DomPageVerifier.Check(site, path, html));
        var actual = Describe(Verifier.Check(site, path, html));
        Assert.True(expected.SequenceEqual(actual), $"{path}: expected\n{string.Join('\n', expected)}\nbut got\n{string.Join('\n', actual)}\nfor\n{html}");
    }

    private static string[] Describe(PageVerdict verdict) =>
    [
        .. verdict.Findings.Select(f => $"{f.Code} ({f.Line},{f.Column}) {f.Message} | {f.Fix}"),
        "ids: " + string.Join(" ", verdict.Ids),
        .. verdict.Links.Select(l => $"link ({l.Line},{l.Column}) {l.Url}"),
    ];
}
