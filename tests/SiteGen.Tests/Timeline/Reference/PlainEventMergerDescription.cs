using SiteGen.Timeline;

namespace SiteGen.Tests.Timeline.Reference;

/// <summary>Clusters as comparable text: members by article and date, and every field of every reason.</summary>
internal static class PlainEventMergerDescription
{
    public static string[] Of(IReadOnlyList<EventCluster> clusters) =>
    [
        .. clusters.Select(c => string.Join(" ", c.Members.Select(m => m.Event.ArticleId + "@" + m.Event.Date)) + " / " + string.Join(" | ",
            c.Reasons.Select(r => $"{r.SharedDate} [{string.Join(",", r.SharedActors)}] [{string.Join(",", r.SharedWords)}] {r.Score:R} {r.Predicate}"))),
    ];
}
