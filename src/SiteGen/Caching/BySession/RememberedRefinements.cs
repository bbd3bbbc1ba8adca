using System.Runtime.CompilerServices;
using SiteGen.Articles;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Caching.BySession;

/// <summary>
/// An article whose document date is refined again to the same day keeps the refined article object and its events
/// (re-tagging the same text from the same date gives the same analysis), so it stays one object from build to build.
/// </summary>
public sealed class RememberedRefinements : IReuse<ArticleRefinement, RefinedArticle>
{
    private readonly ConditionalWeakTable<Article, RefinedArticle> _refined = new();

    public RefinedArticle GetOrMake(ArticleRefinement refinement, Func<ArticleRefinement, RefinedArticle> make)
    {
        if (_refined.TryGetValue(refinement.Original, out var known) && known.Article.Date == refinement.Refined.Date) return known;
        var made = make(refinement);
        _refined.AddOrUpdate(refinement.Original, made);
        return made;
    }

    public void Commit() { }
}
