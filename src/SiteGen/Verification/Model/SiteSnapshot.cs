using System.Collections.Concurrent;

namespace SiteGen.Verification.Model;

/// <summary>
/// A built site as the checks see it: every file path, the base URL it is meant to be served under (so
/// root-relative links such as <c>/repo/artikelen/x/</c> map back to files) and, for whole-site checks, every page's
/// <see cref="PageFacts"/> (none while pages are being checked).
/// </summary>
public sealed class SiteSnapshot
{
    private readonly IReadOnlySet<string> _files;
    private readonly IReadOnlyDictionary<string, PageFacts> _facts;

    public SiteSnapshot(string baseUrl, IReadOnlySet<string> files, IReadOnlyDictionary<string, PageFacts> facts)
    {
        BaseUrl = baseUrl;
        _files = files;
        _facts = facts;
    }

    public string BaseUrl { get; }

    public IEnumerable<PageFacts> Facts => _facts.Values.OrderBy(p => p.Path, StringComparer.Ordinal);

    public PageFacts? FactsOf(string path) => _facts.GetValueOrDefault(path);

    public bool HasFile(string path) => _files.Contains(path);

    /// <summary>
    /// The site file an internal URL points at (directory URLs mean their index.html) and its fragment, or
    /// (null, null) for external URLs. A root-relative URL outside the base URL maps to the empty path, which never exists.
    /// </summary>
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
