using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>An article's extraction and, event by event, the anchor of the timeline item each became part of.</summary>
public sealed record EventTagging(ArticleExtraction Extraction, string?[] ItemIds);
