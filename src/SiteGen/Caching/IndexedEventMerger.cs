using SiteGen.Events;
using SiteGen.Timeline;

namespace SiteGen.Caching;

/// <summary>
/// <see cref="EventMerger.Merge"/> with an index, for archives of thousands of articles. The plain merger compares
/// each report with every group so far: quadratic, hours at 10,000 articles. A report can only join a group through
/// a member it shares an actor with whose date overlaps its own (otherwise <see cref="EventMerger.Compare"/> is
/// null), so groups are indexed by (actor, year) of each member and only those candidates are tried, in group
/// order, with the same tests and tie-breaking: the clusters are exactly the plain merger's (tested).
/// </summary>
public sealed class IndexedEventMerger
{
    // Spans wider than this (decades, centuries) are rare; they go in one bucket per actor instead of one per year.
    private const int MaxYearsIndexed = 12;

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
        var index = new Dictionary<(string Actor, int Year), List<int>>();
        var candidates = new SortedSet<int>();
        foreach (var (e, span) in ordered)
        {
            candidates.Clear();
            foreach (var key in LookupKeys(e, span))
                if (index.TryGetValue(key, out var list)) candidates.UnionWith(list);

            var bestGroup = -1;
            MergeReason? best = null;
            foreach (var g in candidates)
            {
                var group = groups[g];
                if (group.Members.Any(m => m.Event.ArticleId == e.Event.ArticleId)) continue;
                if (!group.Spans.All(s => s.CompatibleWith(span))) continue;
                foreach (var member in group.Members)
                {
                    var reason = EventMerger.Compare(member, e);
                    if (reason is not null && (best is null || reason.Score > best.Score)) (bestGroup, best) = (g, reason);
                }
            }

            var joined = bestGroup;
            if (best is null)
            {
                joined = groups.Count;
                groups.Add(([e], [span], []));
            }
            else
            {
                groups[bestGroup].Members.Add(e);
                groups[bestGroup].Spans.Add(span);
                groups[bestGroup].Reasons.Add(best);
            }

            foreach (var key in IndexKeys(e, span))
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                if (list.Count == 0 || list[^1] != joined) list.Add(joined);
            }
        }

        return [.. groups.Select(g => new EventCluster(g.Members, g.Reasons))];
    }

    /// <summary>Where a member is filed: (actor, year) for each year its date touches, or (actor, wide) for long spans.</summary>
    private static IEnumerable<(string, int)> IndexKeys(ExtractedEvent e, DateSpan span) =>
        e.ContextActors.Distinct(StringComparer.Ordinal).SelectMany(actor => IsWide(span)
            ? [(actor, Wide)]
            : Enumerable.Range(span.Start.Year, span.End.Year - span.Start.Year + 1).Select(year => (actor, year)));

    /// <summary>Where a report looks: every bucket a member with a shared actor and an overlapping date is filed in.</summary>
    private static IEnumerable<(string, int)> LookupKeys(ExtractedEvent e, DateSpan span) =>
        e.ContextActors.Distinct(StringComparer.Ordinal).SelectMany(actor =>
            Enumerable.Range(span.Start.Year, span.End.Year - span.Start.Year + 1).Select(year => (actor, year)).Append((actor, Wide)));

    private const int Wide = int.MinValue;

    private static bool IsWide(DateSpan span) => span.End.Year - span.Start.Year >= MaxYearsIndexed;
}
