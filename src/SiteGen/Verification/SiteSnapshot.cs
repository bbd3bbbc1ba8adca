using AngleSharp.Html.Parser;

namespace SiteGen.Verification;

/// <summary>
/// A built site as the checks see it: every file path, every HTML page parsed (with source positions), and the base
/// URL it is meant to be served under, so root-relative links (<c>/repo/artikelen/x/</c>) map back to files.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, SitePage> _pages;

    private SiteSnapshot(string root, string baseUrl, HashSet<string> files, Dictionary<string, SitePage> pages)
    {
        Root = root;
        BaseUrl = baseUrl;
        _files = files;
        _pages = pages;
    }

    public string Root { get; }

    public string BaseUrl { get; }

    public IEnumerable<SitePage> Pages => _pages.Values.OrderBy(p => p.Path, StringComparer.Ordinal);

    public static SiteSnapshot Load(string root, string baseUrl)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = new Dictionary<string, SitePage>(StringComparer.Ordinal);
        foreach (var path in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var errors = new List<(int, int, string)>();
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            parser.Error += (_, e) =>
            {
                if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                    errors.Add((error.Position.Line, error.Position.Column, error.Message));
            };
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(root, path)));
            pages[path] = new SitePage(path, document, errors);
        }
        return new SiteSnapshot(root, baseUrl, files, pages);
    }

    public bool HasFile(string path) => _files.Contains(path);

    public SitePage? Page(string path) => _pages.GetValueOrDefault(path);

    /// <summary>
    /// The site file an internal URL points at (directory URLs mean their index.html) and its fragment, or
    /// (null, null) for external URLs. A root-relative URL outside the base URL maps to the empty path, which never exists.
    /// </summary>
    public (string? File, string? Fragment) Resolve(SitePage from, string url)
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
        if (path.Length == 0) return (from.Path, fragment);

        string site;
        if (path.StartsWith('/'))
        {
            if (!(path + "/").StartsWith(BaseUrl, StringComparison.Ordinal)) return ("", fragment);
            site = path.Length >= BaseUrl.Length ? path[BaseUrl.Length..] : "";
        }
        else
        {
            var folder = from.Path.Contains('/') ? from.Path[..(from.Path.LastIndexOf('/') + 1)] : "";
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
