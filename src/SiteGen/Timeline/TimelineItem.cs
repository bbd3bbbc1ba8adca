using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// One item of the cross-article timeline. <see cref="Id"/> is its stable anchor (<c>e-2022-02-04-poetin-xi</c>);
/// <see cref="Weight"/> and <see cref="Key"/> say how much it matters to the timeline (<see cref="ItemSalience"/>).
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
    /// <summary>Independent sources, headlines and actors added up (<see cref="ItemSalience"/>).</summary>
    public double Weight { get; init; }

    /// <summary>One of the key events of the timeline, the ones an editor would print.</summary>
    public bool Key { get; init; }
}
