using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Articles;

/// <summary>Makes article ids and slugs unique across the site, in a stable order, reporting each clash.</summary>
public static class ArticleNames
{
    /// <summary>
    /// Ids come from file names, so <c>nieuws.txt</c> and <c>nieuws.md</c>, or <c>2022/nieuws.txt</c> and <c>2023/nieuws.txt</c>,
    /// would share one; later stages key on the id, so clashes get -2, -3, ... in path order (stable across builds).
    /// </summary>
    public static IReadOnlyList<Article> WithUniqueIds(IReadOnlyList<Article> articles)
    {
        var unique = SlugMaker.MakeUnique(articles.Select(a => a.Id).ToList());
        return articles.Select((a, i) => unique[i] == a.Id ? a : a with { Source = a.Source with { Id = unique[i] } }).ToList();
    }

    /// <summary>Makes slugs unique in the given order; a clash is reported as info naming both files.</summary>
    public static IReadOnlyList<Article> WithUniqueSlugs(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var unique = SlugMaker.MakeUnique(articles.Select(a => a.Slug).ToList());
        // The first article with each slug, found once (a scan per clash was quadratic in a large archive).
        var firsts = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles) firsts.TryAdd(article.Slug, article);
        var result = new List<Article>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            if (unique[i] != article.Slug)
            {
                var first = firsts[article.Slug];
                diagnostics.Add(new Diagnostic(Severity.Info, "SG0120", article.Source.RelativePath, 0, 0,
                    $"The slug '{article.Slug}' is already used by {first.Source.RelativePath}; this article is published as '{unique[i]}'.",
                    "Give the article a distinct title (front matter 'title:') if the suffix is unwanted."));
                article = article with { Slug = unique[i] };
            }
            result.Add(article);
        }
        return result;
    }
}
