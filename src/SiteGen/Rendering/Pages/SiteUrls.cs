using SiteGen.Configuration;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Every URL the site links to, in one place so <c>--base-url</c> holds everywhere. Paths are site-relative
/// (<c>artikelen/x/</c>); <see cref="Page"/> puts them under the base URL, <see cref="Canonical"/> makes them
/// absolute when the public site URL is known (else root-relative).
/// </summary>
public sealed class SiteUrls(SiteOptions options, IReadOnlyDictionary<string, string> assets)
{
    public string BaseUrl => options.BaseUrl;

    public string Page(string path) => options.BaseUrl + path.TrimStart('/');

    public string Canonical(string path) => options.SiteUrl is null ? Page(path) : options.SiteUrl + path.TrimStart('/');

    /// <summary>The hashed file name of a wwwroot asset; an unknown name is returned as is and the link check reports it.</summary>
    public string Asset(string name) => Page(assets.TryGetValue(name.TrimStart('/'), out var hashed) ? hashed : name);

    /// <summary>
    /// An absolute address for <paramref name="name"/>: itself when it is an http(s) address; a wwwroot file under the
    /// site's public URL; null when there is no such file or no public URL (Open Graph wants absolute addresses).
    /// </summary>
    public string? AbsoluteAsset(string name)
    {
        if (Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri.AbsoluteUri;
        return options.SiteUrl is not null && assets.TryGetValue(name.TrimStart('/'), out var hashed) ? options.SiteUrl + hashed : null;
    }

    public static string ArticlePath(string slug) => $"artikelen/{slug}/";

    public static string ActorPath(string id) => $"actoren/{id}/";
}
