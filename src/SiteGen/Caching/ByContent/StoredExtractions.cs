using SiteGen.Articles;
using SiteGen.Caching.Store;
using SiteGen.Events;
using SiteGen.Reuse;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Extracted events by article: extraction reads nothing but the article, so the same bytes under the same id and
/// document date give the same events.
/// </summary>
public sealed class StoredExtractions(CacheStore store, string language) : IReuse<Article, ArticleExtraction>
{
    private const string Kind = "events";

    public ArticleExtraction GetOrMake(Article article, Func<Article, ArticleExtraction> make)
    {
        var key = KeyOf(article);
        var codec = new CachedExtractionCodec(article.Source.Text);
        if (store.TryRead(Kind, key, codec) is { } hit && hit.ArticleId == article.Id && hit.ContentHash == article.Source.ContentHash)
            return hit.Extraction;
        var extraction = make(article);
        store.Write(Kind, key, new CachedExtraction(article.Id, article.Source.ContentHash, extraction), codec);
        return extraction;
    }

    /// <summary>Keeps the entry of an article whose events a `serve` session had in memory.</summary>
    public void Keep(Article article) => store.Keep(Kind, KeyOf(article));

    public void Commit() => store.Commit(Kind);

    private string KeyOf(Article article) => CacheStore.Key(article.Id, article.Source.ContentHash, language, article.Date?.Value ?? "");
}
