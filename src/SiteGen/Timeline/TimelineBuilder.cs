using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Progress;
using SiteGen.Reuse;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// The build-the-timeline stage: merges reports of the same event (<see cref="IndexedEventMerger"/>), refines coarse
/// document dates from strong merges (re-tagging and re-extracting those articles, then merging again), and drafts
/// the items in date order (<see cref="TimelineItems"/>). Deterministic: the result does not depend on the order of
/// the input articles (only <see cref="TimelineResult.Articles"/> keeps it) nor on the number of threads.
/// What a `serve` session derived last time comes through two <see cref="IReuse{TInput, TResult}"/> seams.
/// </summary>
public sealed class TimelineBuilder(Lazy<TemporalTagger> tagger, EventExtractor extractor, int parallelism)
{
    public TimelineBuilder(TemporalTagger tagger, int parallelism = 1)
        : this(new Lazy<TemporalTagger>(tagger), EventExtractor.Create(tagger.Language), parallelism) { }

    /// <summary>For tests: stands in for the tagger when a refined article is tagged again (null: the tagger).</summary>
    internal Func<string, DocumentDate, TemporalAnalysis>? Retag { get; init; }

    /// <summary>Items drafted from the same group of reports by an earlier build.</summary>
    public IReuse<ItemDraft, DraftedItem> Items { get; init; } = NoReuse<ItemDraft, DraftedItem>.Instance;

    /// <summary>An article's events tagged with the same item anchors by an earlier build.</summary>
    public IReuse<EventTagging, IReadOnlyList<ArticleEvent>> Tags { get; init; } = NoReuse<EventTagging, IReadOnlyList<ArticleEvent>>.Instance;

    /// <summary>Items given their site actors (<see cref="SiteActors"/>), kept when they come out as last time.</summary>
    public IReuse<ItemRemap, TimelineItem> Remaps { get; init; } = NoReuse<ItemRemap, TimelineItem>.Instance;

    /// <summary>Extracts every article's events, then builds the timeline (tests and tools; a build extracts as its own stage).</summary>
    public TimelineResult Build(IReadOnlyList<Article> articles, BuildProgress? progress = null) =>
        Build(articles, [.. articles.Select(extractor.Extract)], progress);

    /// <summary>
    /// What dates the articles that have no document date (<see cref="DossierReports"/>): null when every article has
    /// one, so a dated archive pays nothing for it.
    /// </summary>
    private DossierReports? Dossier(List<Article> articles, Dictionary<string, ArticleExtraction> extractions, ParallelOptions options)
    {
        var undated = articles.Where(DossierReports.NeedsDate).DistinctBy(a => a.Id).ToArray();
        if (undated.Length == 0) return null;
        var openings = new IReadOnlyList<ExtractedEvent>[undated.Length];
        Parallel.For(0, undated.Length, options, i => openings[i] = extractor.Openings(undated[i].WithTextUnpacked(), DossierReports.OpeningCount));
        var sentences = new DossierSentences(extractor, articles);
        var bodies = new IReadOnlyList<(ExtractedEvent, bool)>[undated.Length];
        Parallel.For(0, undated.Length, options, i => bodies[i] = sentences.Body(undated[i], openings[i]));
        var byId = new Dictionary<string, IReadOnlyList<ExtractedEvent>>(undated.Length, StringComparer.Ordinal);
        var bodyById = new Dictionary<string, IReadOnlyList<(ExtractedEvent, bool)>>(undated.Length, StringComparer.Ordinal);
        for (var i = 0; i < undated.Length; i++) (byId[undated[i].Id], bodyById[undated[i].Id]) = (openings[i], bodies[i]);
        return DossierReports.Build(extractions.Values.SelectMany(x => x.Events), byId, bodyById, sentences);
    }

    /// <summary>The timeline of <paramref name="articles"/>, whose events are <paramref name="extracted"/> (same order).</summary>
    public TimelineResult Build(IReadOnlyList<Article> articles, IReadOnlyList<ArticleExtraction> extracted, BuildProgress? progress = null)
    {
        progress ??= BuildProgress.Silent;
        var merger = new IndexedEventMerger();
        var current = articles.ToList();
        var extractions = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        for (var i = 0; i < current.Count; i++) extractions.TryAdd(current[i].Id, extracted[i]);

        IReadOnlyList<EventCluster> clusters;
        using (progress.Start("merge", extractions.Count))
            clusters = merger.Merge(extractions.Values.SelectMany(x => x.Events));

        // One round, every article against the same merge, so no refinement depends on another or on input order;
        // applied in article order.
        var refiner = new DateRefiner(Retag ?? ((text, date) => tagger.Value.Analyze(text, date)), extractor.Lexicon.Syntax);
        var refined = new RefinedArticle?[current.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        using (progress.Start("refine", current.Count))
        {
            var dossier = Dossier(current, extractions, options);
            Parallel.For(0, current.Count, options, i =>
            {
                if (refiner.Refine(current[i], clusters, merger.Compare, dossier) is not { } article) return;
                refined[i] = new RefinedArticle(article, extractor.Extract(article.WithTextUnpacked()));
            });
        }
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
        var items = TimelineItems.Create(clusters, extractor.Lexicon.StopWords, Items);
        var itemOf = new Dictionary<ArticleEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var (item, cluster) in items)
            foreach (var member in cluster.Members) itemOf[member.Event] = item.Id;
        var eventsByArticle = new Dictionary<string, IReadOnlyList<ArticleEvent>>(extractions.Count, StringComparer.Ordinal);
        foreach (var (id, extraction) in extractions)
        {
            var ids = new string?[extraction.Events.Count];
            for (var i = 0; i < ids.Length; i++) ids[i] = itemOf.GetValueOrDefault(extraction.Events[i].Event);
            eventsByArticle[id] = Tags.GetOrMake(new EventTagging(extraction, ids),
                t => [.. t.Extraction.Events.Select((e, i) => e.Event with { ItemId = t.ItemIds[i] })]);
        }
        Tags.Commit();
        return new TimelineResult(SiteActors.Timeline([.. items.Select(i => i.Item)], extractions.Values, extractor.Gazetteer, Remaps), current, eventsByArticle);
    }
}
