using SiteGen.Events;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// An article's extracted events as the cache keeps them, keyed by the article's id and content hash: extraction
/// reads nothing but the article, so the same bytes under the same id give the same events.
/// </summary>
public sealed record CachedExtraction(string ArticleId, string ContentHash, ArticleExtraction Extraction);
