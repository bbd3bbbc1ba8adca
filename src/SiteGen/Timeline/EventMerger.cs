using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Groups reports of the same real-world event from different articles. Conservative: two reports join only when
/// their dates are compatible (equal, or one inside the other), they share at least one actor AND one key word, and
/// the shared evidence scores at least <see cref="MinScore"/> (<see cref="MinScoreCoarse"/> when a year-or-coarser
/// date meets a finer one, since a year contains a great many days). An article contributes at most one report per
/// group. Reports are visited finest date first in a fixed order, so the result does not depend on input order.
/// </summary>
public sealed class EventMerger
{
    public const double MinScore = 4;

    public const double MinScoreCoarse = 6;

    /// <summary>A merge strong enough to move another article's document date (see <see cref="DateRefiner"/>).</summary>
    public static bool IsStrong(MergeReason reason) => reason.Score >= 6 && reason.SharedActors.Count >= 2;

    public IReadOnlyList<EventCluster> Merge(IEnumerable<ExtractedEvent> events)
    {
        var ordered = events
            .Select(e => (Event: e, Span: DateSpan.Parse(e.Event.Date)))
            .Where(x => x.Span is not null)
            .Select(x => (x.Event, Span: x.Span!.Value))
            .OrderByDescending(x => x.Span.Precision)
            .ThenBy(x => x.Span.Start)
            .ThenBy(x => x.Event.Event.ArticleId, StringComparer.Ordinal)
            .ThenBy(x => x.Event.Event.SentenceStart)
            .ThenBy(x => x.Event.Event.TimexStart)
            .ThenBy(x => x.Event.Event.Date, StringComparer.Ordinal)
            .ToList();
        var groups = new List<(List<ExtractedEvent> Members, List<DateSpan> Spans, List<MergeReason> Reasons)>();
        foreach (var (e, span) in ordered)
        {
            var bestGroup = -1;
            MergeReason? best = null;
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                if (group.Members.Any(m => m.Event.ArticleId == e.Event.ArticleId)) continue;
                if (!group.Spans.All(s => s.CompatibleWith(span))) continue;
                foreach (var member in group.Members)
                {
                    var reason = Compare(member, e);
                    if (reason is not null && (best is null || reason.Score > best.Score)) (bestGroup, best) = (g, reason);
                }
            }
            if (best is null)
            {
                groups.Add(([e], [span], []));
                continue;
            }
            groups[bestGroup].Members.Add(e);
            groups[bestGroup].Spans.Add(span);
            groups[bestGroup].Reasons.Add(best);
        }
        return [.. groups.Select(g => new EventCluster(g.Members, g.Reasons))];
    }

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are one event, or null when they are not.</summary>
    public static MergeReason? Compare(ExtractedEvent a, ExtractedEvent b)
    {
        if (DateSpan.Parse(a.Event.Date) is not { } sa || DateSpan.Parse(b.Event.Date) is not { } sb) return null;
        if (!sa.CompatibleWith(sb)) return null;
        var actors = a.ContextActors.Intersect(b.ContextActors, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var words = KeyWords.Shared(a.KeyWords, b.KeyWords);
        if (actors.Count == 0 || words.Count == 0) return null;
        double score = actors.Count + words.Count + (a.Event.Date == b.Event.Date ? 1 : 0);
        if (score < MinScoreFor(sa, sb)) return null;
        return new MergeReason(SharedDate(a.Event.Date, sa, b.Event.Date, sb), actors, words, score);
    }

    /// <summary>
    /// The score two compatible dates need: <see cref="MinScoreCoarse"/> when a year-or-coarser date meets a finer
    /// one. Shared with <see cref="Caching.IndexedEventMerger"/> so the two mergers cannot drift apart.
    /// </summary>
    internal static double MinScoreFor(DateSpan a, DateSpan b)
    {
        var coarse = a.Precision != b.Precision && Math.Min((int)a.Precision, (int)b.Precision) <= (int)DatePrecision.Year;
        return coarse ? MinScoreCoarse : MinScore;
    }

    /// <summary>The date two merged reports share: the date itself, or `finer in wider` (on a tie, a's in b's).</summary>
    internal static string SharedDate(string dateA, DateSpan a, string dateB, DateSpan b)
    {
        if (dateA == dateB) return dateA;
        var (fine, wide) = a.Precision >= b.Precision ? (dateA, dateB) : (dateB, dateA);
        return $"{fine} in {wide}";
    }
}
