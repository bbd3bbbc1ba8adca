using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace SiteGen.Verification.Model;

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
        var trimmed = url.AsSpan().Trim();
        // Anything with a scheme (https:, mailto:, javascript: …) or protocol-relative is not a file of this site.
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || HasScheme(trimmed))
            return (null, null);
        var hash = trimmed.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(trimmed[(hash + 1)..]) : null;
        var path = hash >= 0 ? trimmed[..hash] : trimmed;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (path.Length == 0) return (from, fragment);
        if (path[0] != '/') return (FileOf(Normalize((from.Contains('/') ? from[..(from.LastIndexOf('/') + 1)] : "") + path.ToString())), fragment);
        // The whole-site checks resolve every link of every page, each check again, and nearly all links are
        // root-relative to a few thousand pages: each such path is worked out once per snapshot.
        var rootedFiles = LazyInitializer.EnsureInitialized(ref _rooted, () => new(StringComparer.Ordinal));
        var lookup = rootedFiles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(path, out var file))
        {
            var rooted = path.ToString();
            file = (rooted + "/").StartsWith(BaseUrl, StringComparison.Ordinal) ? FileOf(rooted.Length >= BaseUrl.Length ? rooted[BaseUrl.Length..] : "") : "";
            rootedFiles.TryAdd(rooted, file);
        }
        return (file, fragment);
    }

    private ConcurrentDictionary<string, string>? _rooted;

    // A path below the site's root as the file it names: directory URLs mean their index.html.
    private string FileOf(string site)
    {
        site = Uri.UnescapeDataString(site);
        if (site.Length == 0 || site.EndsWith('/')) site += "index.html";
        else if (!HasFile(site) && HasFile(site + "/index.html")) site += "/index.html";
        return site;
    }

    private static bool HasScheme(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0])) return false;
        foreach (var c in url[..colon])
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        return true;
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
