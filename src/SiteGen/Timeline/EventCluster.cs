using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>Reports the merger takes to be one real-world event, in the order they joined, with why each joined.</summary>
public sealed record EventCluster(IReadOnlyList<ExtractedEvent> Members, IReadOnlyList<MergeReason> Reasons);
