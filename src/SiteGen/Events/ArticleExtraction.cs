namespace SiteGen.Events;

/// <summary>What <see cref="EventExtractor"/> finds in one article: its events (headline first) and the actors they name.</summary>
public sealed record ArticleExtraction(string ArticleId, IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<Actor> Actors);
