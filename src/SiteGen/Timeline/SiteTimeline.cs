using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>The whole corpus as one timeline: items in date order, and every actor they name.</summary>
public sealed record SiteTimeline(IReadOnlyList<TimelineItem> Items, IReadOnlyList<Actor> Actors);
