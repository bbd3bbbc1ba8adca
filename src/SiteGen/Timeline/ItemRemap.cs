namespace SiteGen.Timeline;

/// <summary>A timeline item given its site actors (<see cref="SiteActors"/>): the item as drafted and as remapped.</summary>
public sealed record ItemRemap(TimelineItem Drafted, TimelineItem Remapped);
