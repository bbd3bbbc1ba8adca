using AngleSharp.Html.Parser;

namespace SiteGen.Verification;

/// <summary>
/// A built site as the checks see it: every file path, the base URL it is meant to be served under (so
/// root-relative links such as <c>/repo/artikelen/x/</c> map back to files), the pages being checked (parsed, with
/// source positions) and, for whole-site checks, every page's <see cref="PageFacts"/>.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly IReadOnlySet<string> _files;
    private readonly Dictionary<string, SitePage> _pages;
    private readonly IReadOnlyDictionary<string, PageFacts> _facts;

    public SiteSnapshot(string baseUrl, IReadOnlySet<string> files, IEnumerable<SitePage> pages, IReadOnlyDictionary<string, PageFacts> facts)
    {
        BaseUrl = baseUrl;
        _files = files;
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _facts = facts;
    }

    public string BaseUrl { get; }

    public IEnumerable<SitePage> Pages => _pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal);

    public IEnumerable<PageFacts> Facts => _facts.Values.OrderBy(p => p.Path, StringComparer.Ordinal);

    /// <summary>
    /// Parses one page with AngleSharp's parse errors, and with every element's source position when
    /// <paramref name="positions"/> is set (about a fifth slower: the verifier asks for them only on a page with findings).
    /// </summary>
    public static SitePage ParsePage(string path, string html, bool positions = true)
    {
        // A parser builds a browsing context (services, entity tables) when made: one per thread and kind, reused.
        var parser = positions ? (_withPositions ??= NewParser(true)) : (_withoutPositions ??= NewParser(false));
        _errors = [];
        var document = parser.ParseDocument(html);
        var errors = _errors;
        _errors = null;
        return new SitePage(path, document, errors);
    }

    [ThreadStatic] private static HtmlParser? _withPositions;
    [ThreadStatic] private static HtmlParser? _withoutPositions;
    [ThreadStatic] private static List<(int, int, string)>? _errors;

    private static HtmlParser NewParser(bool positions)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = positions });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                _errors?.Add((error.Position.Line, error.Position.Column, error.Message));
        };
        return parser;
    }

    public PageFacts? FactsOf(string path) => _facts.GetValueOrDefault(path);

    public bool HasFile(string path) => _files.Contains(path);

    public SitePage? Page(string path) => _pages.GetValueOrDefault(path);

    /// <summary>
    /// The site file an internal URL points at (directory URLs mean their index.html) and its fragment, or
    /// (null, null) for external URLs. A root-relative URL outside the base URL maps to the empty path, which never exists.
    /// </summary>
    public (string? File, string? Fragment) Resolve(SitePage from, string url) => Resolve(from.Path, url);

    public (string? File, string? Fragment) Resolve(string from, string url)
    {
        url = url.Trim();
        // Anything with a scheme (https:, mailto:, javascript: …) or protocol-relative is not a file of this site.
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
            return (null, null);
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (path.Length == 0) return (from, fragment);

        string site;
        if (path.StartsWith('/'))
        {
            if (!(path + "/").StartsWith(BaseUrl, StringComparison.Ordinal)) return ("", fragment);
            site = path.Length >= BaseUrl.Length ? path[BaseUrl.Length..] : "";
        }
        else
        {
            var folder = from.Contains('/') ? from[..(from.LastIndexOf('/') + 1)] : "";
            site = Normalize(folder + path);
        }
        site = Uri.UnescapeDataString(site);
        if (site.Length == 0 || site.EndsWith('/')) site += "index.html";
        else if (!HasFile(site) && HasFile(site + "/index.html")) site += "/index.html";
        return (site, fragment);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
