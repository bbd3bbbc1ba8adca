using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Progress;
using SiteGen.Reuse;

namespace SiteGen.Events;

/// <summary>
/// The extract-events stage: every article's events (<see cref="EventExtractor"/>), article by article on every
/// core, in article order whatever the number of threads. An article whose events an earlier build extracted is
/// taken through <see cref="Reuse"/>.
/// </summary>
public sealed class EventExtraction(string language, int parallelism)
{
    public EventExtractor Extractor { get; } = CreateExtractor(language);

    /// <summary>Earlier builds' extractions, by article.</summary>
    public IReuse<Article, ArticleExtraction> Reuse { get; init; } = NoReuse<Article, ArticleExtraction>.Instance;

    public IReadOnlyList<ArticleExtraction> ExtractAll(IReadOnlyList<Article> articles, BuildProgress? progress = null)
    {
        var extracted = new ArticleExtraction[articles.Count];
        using (var stage = (progress ?? BuildProgress.Silent).Start("extract", articles.Count))
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            {
                extracted[i] = Reuse.GetOrMake(articles[i], Extractor.Extract);
                stage.Advance();
            });
        Reuse.Commit();
        return extracted;
    }

    private static EventExtractor CreateExtractor(string language)
    {
        // The extractor matches lexicon words with static Regex calls; with the default cache of 15 patterns every
        // call builds its regex again, and threads queue on the cache's lock. All of the lexicon fits in 1,024.
        Regex.CacheSize = Math.Max(Regex.CacheSize, 1024);
        return EventExtractor.Create(language);
    }
}
