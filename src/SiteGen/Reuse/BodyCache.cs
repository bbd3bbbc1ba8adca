using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering;

namespace SiteGen.Reuse;

/// <summary>
/// Article bodies through the cache. A build that finds an article's body here does not render it: the page key
/// needs only the body's digest, timeline links only its anchors, and the markup is made again only if the
/// article's page itself must be rendered (its key changed). Without this, a rebuild after one edit rendered every
/// body of a 10,000-article site (1.8 s) and serialized every body into its page key. The diagnostics rendering
/// gave are kept with the entry and reported again, so a cached body never drops a warning.
/// Keyed by what decides the markup: the article (id, path, content hash, document date) and the render salt
/// (tool version, options, templates and UI strings).
/// </summary>
public sealed class BodyCache(CacheStore store, string salt)
{
    private const string Kind = "bodies";

    /// <summary>
    /// The cached body of <paramref name="article"/>, its diagnostics added to <paramref name="report"/>, or null.
    /// <paramref name="markup"/> renders the body when a page needs its markup; its diagnostics are the cached ones,
    /// so it is given a bag nobody reads.
    /// </summary>
    public RenderedBody? Find(Article article, Func<Article, DiagnosticBag, RenderedBody> markup, DiagnosticBag report)
    {
        if (store.TryRead(Kind, KeyOf(article), CachedBodyCodec.Instance) is not { } hit) return null;
        report.AddRange(hit.Diagnostics);
        var html = RawHtml.Deferred(hit.Digest, () => markup(article, new DiagnosticBag()).Html.Html);
        return new RenderedBody(html, hit.Anchors.ToHashSet(StringComparer.Ordinal)) { Description = hit.Description };
    }

    /// <summary>Adds a body this build rendered, with the diagnostics rendering it gave.</summary>
    public void Add(Article article, RenderedBody body, IReadOnlyList<Diagnostic> diagnostics) =>
        store.Write(Kind, KeyOf(article), new CachedBody(body.Html.Digest, [.. body.Anchors.Order(StringComparer.Ordinal)], body.Description, diagnostics), CachedBodyCodec.Instance);

    /// <summary>Keeps the entry of a body a `serve` session had in memory.</summary>
    public void Keep(Article article) => store.Keep(Kind, KeyOf(article));

    /// <summary>Writes the pack with the bodies this build used; call once every article was looked up.</summary>
    public void Commit() => store.Commit(Kind);

    private string KeyOf(Article article) =>
        CacheStore.Key(article.Id, article.Source.RelativePath, article.Source.ContentHash, article.Date?.Value ?? "", salt);
}
