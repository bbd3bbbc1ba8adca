using SiteGen.Articles;
using SiteGen.Caching.Store;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Templates;
using SiteGen.Reuse;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Article bodies by what decides their markup: the article (id, path, content hash, document date) and the render
/// salt (tool version, options, templates and UI strings). A build that finds an article's body here does not render
/// it: a page key needs only the body's digest, timeline links only its anchors, and the markup is made again only
/// if the article's page itself must be rendered (its key changed). Without this, a rebuild after one edit rendered
/// every body of a 10,000-article site (1.8 s) and serialized every body into its page key. The diagnostics
/// rendering gave are kept with the entry and reported again, so a stored body never drops a warning.
/// </summary>
public sealed class StoredBodies(CacheStore store, string salt) : IReuse<Article, MadeBody>
{
    private const string Kind = "bodies";

    public MadeBody GetOrMake(Article article, Func<Article, MadeBody> make)
    {
        if (store.TryRead(Kind, KeyOf(article), CachedBodyCodec.Instance) is { } hit)
        {
            var html = RawHtml.Deferred(hit.Digest, () => make(article).Body.Html.Html);
            return new MadeBody(new RenderedBody(html, BodyAnchors.Of(hit.Anchors)) { Description = hit.Description }, hit.Diagnostics);
        }
        var made = make(article);
        var body = made.Body;
        store.Write(Kind, KeyOf(article),
            new CachedBody(body.Html.Digest, [.. body.Anchors], body.Description, made.Diagnostics), CachedBodyCodec.Instance);
        return made;
    }

    /// <summary>Keeps the entry of a body a `serve` session had in memory.</summary>
    public void Keep(Article article) => store.Keep(Kind, KeyOf(article));

    public void Commit() => store.Commit(Kind);

    private string KeyOf(Article article) =>
        CacheStore.Key(article.Id, article.Source.RelativePath, article.Source.ContentHash, article.Date?.Value ?? "", salt);
}
