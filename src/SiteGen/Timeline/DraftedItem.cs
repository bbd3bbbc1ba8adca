namespace SiteGen.Timeline;

/// <summary>
/// An item as drafted from its group, before its anchor is made unique: its anchor words and the start of its date
/// (what items are sorted by), and the final item made of it, kept so that a build which drafts the same item again
/// (<see cref="TimelineItems"/>) hands on the same final object when its anchor did not change.
/// </summary>
public sealed record DraftedItem(EventCluster Cluster, TimelineItem Draft, string BaseId, DateOnly Start)
{
    public TimelineItem? Final { get; set; }
}
