using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// One item of the cross-article timeline. <see cref="Id"/> is its stable anchor (<c>e-2022-02-04-poetin-xi</c>).
/// <see cref="Weight"/> and <see cref="Key"/> say how much the item matters to the story (<see cref="ItemSalience"/>).
/// </summary>
public sealed record TimelineItem(
    string Id,
    string Date,
    DatePrecision Precision,
    TimexMod Mod,
    bool Estimated,
    bool Planned,
    string Text,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<EventSource> Sources,
    IReadOnlyList<MergeReason> Merges)
{
    /// <summary>How much the item matters: higher is more (<see cref="ItemSalience"/>); 0 until computed.</summary>
    public double Weight { get; init; }

    /// <summary>One of the story's key events, shown first to readers.</summary>
    public bool Key { get; init; }
}
