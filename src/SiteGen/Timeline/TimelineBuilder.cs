using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SiteGen.Dating;
using SiteGen.Events;
using SiteGen.Progress;
using SiteGen.Reuse;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Timeline;

/// <summary>
/// Extracts events from every article, merges reports of the same event (<see cref="IndexedEventMerger"/>), refines
/// coarse document dates from strong merges (re-tagging those articles), and returns the timeline in date order.
/// Deterministic: the result does not depend on the order of the input articles (only
/// <see cref="TimelineResult.Articles"/> keeps it) nor on the number of threads. Per-article work (extraction,
/// refinement) runs on every core.
/// </summary>
public sealed class TimelineBuilder(Lazy<TemporalTagger> tagger, string language, int parallelism)
{
    private const string Kind = "events";

    public TimelineBuilder(TemporalTagger tagger, int parallelism = 1) : this(new Lazy<TemporalTagger>(tagger), tagger.Language, parallelism) { }

    /// <summary>For tests: stands in for the tagger when a refined article is tagged again (null: the tagger).</summary>
    internal Func<string, DocumentDate, TemporalAnalysis>? Retag { get; init; }

    /// <summary>Where extractions of earlier builds are kept (null: extract every article).</summary>
    public CacheStore? Cache { get; init; }

    /// <summary>Extractions kept by a `serve` session, by the article object they were made from (null: none).</summary>
    public ConditionalWeakTable<Article, ArticleExtraction>? Memory { get; init; }

    /// <summary>The items and tagged events of the session's last timeline, reused where unchanged (null: derive all).</summary>
    public TimelineMemo? Derived { get; init; }

    private ArticleExtraction Extract(EventExtractor extractor, Article article)
    {
        if (Memory is null) return ExtractOrRead(extractor, article);
        if (Memory.TryGetValue(article, out var known))
        {
            Cache?.Keep(Kind, KeyOf(article));
            return known;
        }
        var extraction = ExtractOrRead(extractor, article);
        Memory.AddOrUpdate(article, extraction);
        return extraction;
    }

    private ArticleExtraction ExtractOrRead(EventExtractor extractor, Article article)
    {
        var key = KeyOf(article);
        var codec = new CachedExtractionCodec(article.Source.Text);
        if (Cache?.TryRead(Kind, key, codec) is { } hit && hit.ArticleId == article.Id && hit.ContentHash == article.Source.ContentHash)
            return hit.Extraction;
        var extraction = extractor.Extract(article);
        Cache?.Write(Kind, key, new CachedExtraction(article.Id, article.Source.ContentHash, extraction), codec);
        return extraction;
    }

    private string KeyOf(Article article) => CacheStore.Key(article.Id, article.Source.ContentHash, language, article.Date?.Value ?? "");

    public TimelineResult Build(IReadOnlyList<Article> articles, BuildProgress? progress = null)
    {
        progress ??= BuildProgress.Silent;
        // The extractor matches lexicon words with static Regex calls; with the default cache of 15 patterns every
        // call builds its regex again, and threads queue on the cache's lock. All of the lexicon fits in 1,024.
        Regex.CacheSize = Math.Max(Regex.CacheSize, 1024);
        var extractor = EventExtractor.Create(language);
        var merger = new IndexedEventMerger();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var current = articles.ToList();
        var extracted = new ArticleExtraction[current.Count];
        using (var stage = progress.Start("extract", current.Count))
            Parallel.For(0, current.Count, parallel, i =>
            {
                extracted[i] = Extract(extractor, current[i]);
                stage.Advance();
            });
        Cache?.Commit(Kind);
        var extractions = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        for (var i = 0; i < current.Count; i++) extractions.TryAdd(current[i].Id, extracted[i]);

        IReadOnlyList<EventCluster> clusters;
        using (progress.Start("merge", extractions.Count))
            clusters = merger.Merge(extractions.Values.SelectMany(x => x.Events));

        // One round, every article against the same merge, so no refinement depends on another or on input order;
        // applied in article order.
        var refiner = new DateRefiner(Retag ?? ((text, date) => tagger.Value.Analyze(text, date)));
        var refined = new (Article Article, ArticleExtraction Extraction)?[current.Count];
        using (progress.Start("refine", current.Count))
            Parallel.For(0, current.Count, parallel, i =>
            {
                if (refiner.Refine(current[i], clusters) is not { } article) return;
                refined[i] = Derived?.Refined(current[i], article, extractor.Extract) is { } known
                    ? (known.Article, known.Extraction)
                    : (article, extractor.Extract(article));
            });
        if (refined.Any(r => r is not null))
        {
            for (var i = 0; i < current.Count; i++)
            {
                if (refined[i] is not { } r) continue;
                current[i] = r.Article;
                extractions[r.Article.Id] = r.Extraction;
            }
            clusters = merger.Merge(extractions.Values.SelectMany(x => x.Events));
        }

        using var itemsStage = progress.Start("items", clusters.Count);
        var items = TimelineItems.Create(clusters, extractor.Lexicon.StopWords, Derived);
        var itemOf = new Dictionary<ArticleEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var (item, cluster) in items)
            foreach (var member in cluster.Members) itemOf[member.Event] = item.Id;
        var eventsByArticle = new Dictionary<string, IReadOnlyList<ArticleEvent>>(extractions.Count, StringComparer.Ordinal);
        var tagged = Derived is null ? null : new Dictionary<ArticleExtraction, TaggedEvents>(extractions.Count, ReferenceEqualityComparer.Instance);
        foreach (var (id, extraction) in extractions)
        {
            var ids = new string?[extraction.Events.Count];
            for (var i = 0; i < ids.Length; i++) ids[i] = itemOf.GetValueOrDefault(extraction.Events[i].Event);
            var events = Derived?.FindEvents(extraction, ids)
                ?? [.. extraction.Events.Select((e, i) => e.Event with { ItemId = ids[i] })];
            eventsByArticle[id] = events;
            tagged?.Add(extraction, new TaggedEvents(ids, events));
        }
        if (tagged is not null) Derived!.KeepEvents(tagged);
        var named = items.SelectMany(i => i.Item.ActorIds).ToHashSet(StringComparer.Ordinal);
        var actors = extractions.Values.SelectMany(x => x.Actors).Where(a => named.Contains(a.Id))
            .DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        return new TimelineResult(new SiteTimeline([.. items.Select(i => i.Item)], actors), current, eventsByArticle);
    }
}
