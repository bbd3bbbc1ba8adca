namespace SiteGen.Events;

/// <summary>What <see cref="EventExtractor"/> finds in one article: its events (headline first) and every actor it names,
/// tentative names included (see <see cref="ActorFinder.Actors"/>).</summary>
public sealed record ArticleExtraction(string ArticleId, IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<Actor> Actors);
