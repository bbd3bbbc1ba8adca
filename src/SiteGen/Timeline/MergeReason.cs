namespace SiteGen.Timeline;

/// <summary>Why several reports became one item: kept so merges are explainable in events.json.</summary>
public sealed record MergeReason(string SharedDate, IReadOnlyList<string> SharedActors, IReadOnlyList<string> SharedWords, double Score);
