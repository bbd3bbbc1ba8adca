using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>One item of the cross-article timeline. <see cref="Id"/> is its stable anchor (<c>e-2022-02-04-poetin-xi</c>).</summary>
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
    IReadOnlyList<MergeReason> Merges);
