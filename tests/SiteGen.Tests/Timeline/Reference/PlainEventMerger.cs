using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Tests.Timeline.Reference;

/// <summary>
/// The merge as a specification: every report compared with every group so far, quadratic. The product's
/// <see cref="IndexedEventMerger"/> must give exactly these clusters (tested); this is what it is checked against,
/// small enough to read. Rarity weights come from all the reports at once (<see cref="MergeVocabulary"/>); a report
/// joins the group holding its best-scoring partner (<see cref="MergeRules.Compare"/>, the first on a tie), when no
/// report of its article is in it yet, its date fits every member's, it names no other happening than any member,
/// and, when neither its date nor its partner's is the group's first member's (the finest date), it is one happening
/// with that member too.
/// Reports are visited finest date first in a fixed order, so the result does not depend on input order; a report
/// left alone is then tried once more against the groups as they came out, and when none takes it, it takes the place
/// of its own article's report in the group it would join without that report, if it scores more with the group's
/// first member than that report does (never the first member, nor one another member joined through); the report it
/// replaces stays alone.
/// </summary>
public sealed class PlainEventMerger
{
    private MergeVocabulary? vocabulary;

    /// <summary>Why two reports of the last merge are one event, or null.</summary>
    public MergeReason? Compare(ExtractedEvent a, ExtractedEvent b) => MergeRules.Compare(vocabulary, a, b);

    public IReadOnlyList<EventCluster> Merge(IEnumerable<ExtractedEvent> events)
    {
        var all = events.ToList();
        vocabulary = MergeVocabulary.Build(all);
        var ordered = all
            .Select(e => (Event: e, Span: TimexPeriod.Parse(e.Event.Date)))
            .Where(x => x.Span is not null)
            .Select(x => (x.Event, Span: x.Span!.Value))
            .OrderByDescending(x => x.Span.Precision)
            .ThenBy(x => x.Span.Start)
            .ThenBy(x => x.Event.Event.ArticleId, StringComparer.Ordinal)
            .ThenBy(x => x.Event.Event.SentenceStart)
            .ThenBy(x => x.Event.Event.TimexStart)
            .ThenBy(x => x.Event.Event.Date, StringComparer.Ordinal)
            .ToList();
        var groups = new List<Group>();
        var dissolved = new List<bool>();
        foreach (var (e, span) in ordered)
        {
            var (bestGroup, partner, best) = Choose(groups, dissolved, e, span);
            if (best is null)
            {
                groups.Add(new([e], [span], [], []));
                dissolved.Add(false);
                continue;
            }
            Join(groups[bestGroup], e, span, partner!, best);
        }
        // A report left alone is tried once more against the groups as they came out, in group order.
        for (var a = 0; a < groups.Count; a++)
        {
            if (groups[a].Members.Count != 1) continue;
            dissolved[a] = true;
            var (report, span) = (groups[a].Members[0], groups[a].Spans[0]);
            var (bestGroup, partner, best) = Choose(groups, dissolved, report, span);
            if (best is not null)
            {
                Join(groups[bestGroup], report, span, partner!, best);
                continue;
            }
            var (taken, leaving, through, instead) = ChooseInstead(groups, dissolved, report, span);
            dissolved[a] = false;
            if (instead is null) continue;
            var group = groups[taken];
            groups[a] = new([group.Members[leaving]], [group.Spans[leaving]], [], []);
            group.Members.RemoveAt(leaving);
            group.Spans.RemoveAt(leaving);
            group.Reasons.RemoveAt(leaving - 1);
            group.Partners.RemoveAt(leaving - 1);
            Join(group, report, span, through!, instead);
        }
        groups = [.. groups.Where((_, g) => !dissolved[g])];
        return [.. groups.Select(g => new EventCluster(g.Members, g.Reasons))];
    }

    /// <summary>A group's members with their dates, why each later member joined and through which member.</summary>
    private sealed record Group(List<ExtractedEvent> Members, List<TimexPeriod> Spans, List<MergeReason> Reasons, List<ExtractedEvent> Partners);

    private (int Group, ExtractedEvent? Partner, MergeReason? Best) Choose(List<Group> groups, List<bool> dissolved, ExtractedEvent e, TimexPeriod span)
    {
        var (bestGroup, partner) = (-1, (ExtractedEvent?)null);
        MergeReason? best = null;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (dissolved[g]) continue;
            if (group.Members.Any(m => m.Event.ArticleId == e.Event.ArticleId)) continue;
            if (!group.Members.Select((m, i) => MergeRules.DatesFit(m, group.Spans[i], e, span)).All(fit => fit)) continue;
            if (group.Members.Any(m => OtherHappening(m, e))) continue;
            // The first member has the group's finest date: through a member of another date, a report of another
            // date must be one happening with the first member too.
            for (var m = 0; m < group.Members.Count; m++)
            {
                var reason = MergeRules.Compare(vocabulary, group.Members[m], e);
                if (reason is null) continue;
                if (group.Spans[m] != group.Spans[0] && span != group.Spans[0] && MergeRules.Compare(vocabulary, group.Members[0], e) is null) continue;
                if (best is null || reason.Score > best.Score) (bestGroup, partner, best) = (g, group.Members[m], reason);
            }
        }
        return (bestGroup, partner, best);
    }

    /// <summary>
    /// The group <paramref name="e"/> would join were its article's member not in it, scoring more with the first member
    /// than that member does; that member is neither the first nor one another member joined through.
    /// </summary>
    private (int Group, int Leaving, ExtractedEvent? Partner, MergeReason? Best) ChooseInstead(List<Group> groups, List<bool> dissolved, ExtractedEvent e, TimexPeriod span)
    {
        var (bestGroup, bestLeaving, partner) = (-1, -1, (ExtractedEvent?)null);
        MergeReason? best = null;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (dissolved[g]) continue;
            var leaving = group.Members.FindIndex(m => m.Event.ArticleId == e.Event.ArticleId);
            if (leaving <= 0 || group.Partners.Any(p => ReferenceEquals(p, group.Members[leaving]))) continue;
            var others = Enumerable.Range(0, group.Members.Count).Where(i => i != leaving).ToList();
            if (!others.All(i => MergeRules.DatesFit(group.Members[i], group.Spans[i], e, span))) continue;
            if (others.Any(i => OtherHappening(group.Members[i], e))) continue;
            // Both measured against the first member, the item's finest report.
            if (MergeRules.Compare(vocabulary, group.Members[0], e) is not { } mine) continue;
            if (MergeRules.Compare(vocabulary, group.Members[0], group.Members[leaving]) is { } theirs && mine.Score <= theirs.Score) continue;
            foreach (var m in others)
            {
                var reason = MergeRules.Compare(vocabulary, group.Members[m], e);
                if (reason is null) continue;
                if (best is null || reason.Score > best.Score) (bestGroup, bestLeaving, partner, best) = (g, leaving, group.Members[m], reason);
            }
        }
        return (bestGroup, bestLeaving, partner, best);
    }

    private static void Join(Group group, ExtractedEvent e, TimexPeriod span, ExtractedEvent partner, MergeReason reason)
    {
        group.Members.Add(e);
        group.Spans.Add(span);
        group.Reasons.Add(reason);
        group.Partners.Add(partner);
    }

    private static bool OtherHappening(ExtractedEvent a, ExtractedEvent b) =>
        a.Predicates.Count > 0 && b.Predicates.Count > 0 && !a.Predicates.Intersect(b.Predicates, StringComparer.Ordinal).Any();
}
