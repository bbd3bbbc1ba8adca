using System.Runtime.CompilerServices;
using SiteGen.Articles;
using SiteGen.Reuse;

namespace SiteGen.Caching.BySession;

/// <summary>
/// An article renamed to make its id or slug unique is a new object on every build; this keeps the one the last
/// build made for the same loaded article with the same id and slug, so a clashing article stays one object from
/// build to build like every other unchanged article, and what later stages keep per article object is reused for it.
/// </summary>
public sealed class RememberedRenames : IReuse<ArticleRename, Article>
{
    private readonly ConditionalWeakTable<Article, Article> _renamed = new();

    public Article GetOrMake(ArticleRename rename, Func<ArticleRename, Article> make)
    {
        if (_renamed.TryGetValue(rename.Original, out var known) && known.Id == rename.Renamed.Id && known.Slug == rename.Renamed.Slug)
            return known;
        var made = make(rename);
        _renamed.AddOrUpdate(rename.Original, made);
        return made;
    }

    public void Commit() { }
}
