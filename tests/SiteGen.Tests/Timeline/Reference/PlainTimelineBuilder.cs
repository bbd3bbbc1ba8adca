using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Tests.Timeline.Reference;

/// <summary>
/// The timeline as first written, sequential and with <see cref="PlainEventMerger"/>: the reference the product's
/// <see cref="SiteGen.Timeline.TimelineBuilder"/> is checked against (same result, tested). Extracts events from every article, merges reports of the same event, refines coarse document dates from
/// strong merges and dates undated articles from the reports their openings match, no older than what their bodies report as past (re-tagging those articles), and returns the timeline in date order. Deterministic: the result
/// does not depend on the order of the input articles (only <see cref="TimelineResult.Articles"/> keeps it).
/// </summary>
public sealed class PlainTimelineBuilder
{
    private readonly Func<string, DocumentDate, TemporalAnalysis> retag;

    public PlainTimelineBuilder(TemporalTagger tagger)
        : this(tagger, (text, date) => tagger.Analyze(text, date))
    {
    }

    /// <summary>For tests: <paramref name="retag"/> stands in for the tagger when a refined article is tagged again.</summary>
    internal PlainTimelineBuilder(TemporalTagger tagger, Func<string, DocumentDate, TemporalAnalysis> retag)
    {
        Tagger = tagger;
        this.retag = retag;
    }

    public TemporalTagger Tagger { get; }

    public TimelineResult Build(IReadOnlyList<Article> articles)
    {
        var extractor = EventExtractor.Create(Tagger.Language);
        var merger = new PlainEventMerger();
        var current = articles.ToList();
        var extractions = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        foreach (var article in current) extractions.TryAdd(article.Id, extractor.Extract(article));
        var clusters = merger.Merge(extractions.Values.SelectMany(x => x.Events));

        // One round, every article against the same merge, so no refinement depends on another or on input order.
        var refiner = new DateRefiner(retag, extractor.Lexicon.Syntax);
        var dossier = Dossier(current, extractions, extractor);
        var refinedAny = false;
        for (var i = 0; i < current.Count; i++)
        {
            if (refiner.Refine(current[i], clusters, merger.Compare, dossier) is not { } refined) continue;
            current[i] = refined;
            extractions[refined.Id] = extractor.Extract(refined);
            refinedAny = true;
        }
        if (refinedAny) clusters = merger.Merge(extractions.Values.SelectMany(x => x.Events));

        var items = TimelineItems.Create(clusters, extractor.Lexicon.StopWords);
        var itemOf = new Dictionary<ArticleEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var (item, cluster) in items)
            foreach (var member in cluster.Members) itemOf[member.Event] = item.Id;
        var eventsByArticle = extractions.ToDictionary(
            x => x.Key,
            x => (IReadOnlyList<ArticleEvent>)[.. x.Value.Events.Select(e => e.Event with { ItemId = itemOf.GetValueOrDefault(e.Event) })],
            StringComparer.Ordinal);
        return new TimelineResult(SiteActors.Timeline([.. items.Select(i => i.Item)], extractions.Values, ActorGazetteer.For(Tagger.Language)), current, eventsByArticle);
    }

    // The undated articles' openings against every report, one article after the other.
    private static DossierReports? Dossier(List<Article> articles, Dictionary<string, ArticleExtraction> extractions, EventExtractor extractor)
    {
        var openings = new Dictionary<string, IReadOnlyList<ExtractedEvent>>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, IReadOnlyList<(ExtractedEvent, bool)>>(StringComparer.Ordinal);
        var sentences = new DossierSentences(extractor, articles);
        foreach (var article in articles)
            if (DossierReports.NeedsDate(article) && openings.TryAdd(article.Id, extractor.Openings(article, DossierReports.OpeningCount)))
                bodies[article.Id] = sentences.Body(article, openings[article.Id]);
        return openings.Count == 0 ? null : DossierReports.Build(extractions.Values.SelectMany(x => x.Events), openings, bodies, sentences);
    }
}
