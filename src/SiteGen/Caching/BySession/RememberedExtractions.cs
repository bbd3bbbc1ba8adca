using System.Runtime.CompilerServices;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Events;
using SiteGen.Reuse;

namespace SiteGen.Caching.BySession;

/// <summary>Events extracted from each article object a `serve` session loaded (an unchanged article is the same object).</summary>
public sealed class RememberedExtractions : IReuse<Article, ArticleExtraction>
{
    private readonly ConditionalWeakTable<Article, ArticleExtraction> _extractions = new();

    /// <summary>This build's store, which keeps the entries of remembered extractions and is asked for the rest (null: none).</summary>
    public StoredExtractions? Store { get; set; }

    public ArticleExtraction GetOrMake(Article article, Func<Article, ArticleExtraction> make)
    {
        if (_extractions.TryGetValue(article, out var known))
        {
            Store?.Keep(article);
            return known;
        }
        var extraction = Store is null ? make(article) : Store.GetOrMake(article, make);
        _extractions.AddOrUpdate(article, extraction);
        return extraction;
    }

    public void Commit() => Store?.Commit();
}
