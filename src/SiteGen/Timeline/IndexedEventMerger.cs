using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// the plain merger (tests: PlainEventMerger) with an index, for archives of thousands of articles. The plain merger compares
/// each report with every group so far: quadratic, hours at 10,000 articles. A report can only join a group through
/// a member that shares one of its anchors (its <see cref="ReportProfile.AnchorCount"/> heaviest tokens, by rarity in
/// the merge) and whose date contains its own or lies in it (<see cref="TimexPeriod.CompatibleWith"/>). So each member
/// is filed under (anchor, the smallest calendar cell holding its date: day, month, year, or each year of a
/// multi-year span), and a report looks in the cells that can hold a date containing its own or contained in it.
/// Only those candidates are tried, in group order, with the same tests and tie-breaking: the clusters are exactly
/// the plain merger's (tested). Anchors are rare tokens, so their lists stay short even for a prolific actor, whose
/// name weighs little and is rarely an anchor.
/// </summary>
public sealed class IndexedEventMerger
{
    // Spans wider than this (decades, centuries) are rare; they go in one bucket per anchor instead of one per year.
    private const int MaxYearsIndexed = 12;

    private MergeVocabulary? vocabulary;

    /// <summary>Why two reports of the last merge are one event, or null (see <see cref="MergeRules.Compare"/>).</summary>
    public MergeReason? Compare(ExtractedEvent a, ExtractedEvent b) => MergeRules.Compare(vocabulary, a, b);

    public IReadOnlyList<EventCluster> Merge(IEnumerable<ExtractedEvent> events)
    {
        var ordered = MergeOrder.Sort(events);
        var words = MergeVocabulary.Build(ordered);
        vocabulary = words;
        var clusters = new EventCluster[ordered.Length];
        var count = 0;
        var growing = new List<MergeGroup>();
        // anchor → cell → groups
        var index = new Dictionary<int, Dictionary<int, List<MergeGroup>>>();
        var wideIndex = new Dictionary<int, List<MergeGroup>>();
        var candidates = new List<MergeGroup>();
        var (lookIn, fileIn) = (new List<int>(), new List<int>());
        for (var r = 0; r < ordered.Length; r++)
        {
            var report = ReportProfile.Create(ordered[r], words);
            // Without a token a report can join no group, nor can any join its own.
            if (!report.HasTokens)
            {
                clusters[count++] = new EventCluster([report.Report], []);
                continue;
            }
            Candidates(report, r);
            var (joined, partner, score) = Best(candidates, report, words);
            if (joined is null)
            {
                joined = new MergeGroup(count++, report);
                growing.Add(joined);
            }
            else joined.Join(report, partner!, ReportProfile.Reason(partner!, report, score));
            File(report, joined);
        }

        // A report met before the member it matches (its partner's article sorts after its own) found no group and
        // stayed alone: each such report is tried once more against the groups as they came out, in group order.
        var visit = ordered.Length;
        foreach (var alone in growing.ToArray())
        {
            if (alone.Members.Count != 1) continue;
            var report = alone.Members[0];
            alone.Dissolved = true;
            Candidates(report, visit++);
            var (joined, partner, score) = Best(candidates, report, words);
            if (joined is not null)
            {
                joined.Join(report, partner!, ReportProfile.Reason(partner!, report, score));
                File(report, joined);
                continue;
            }
            // Kept out only by a weaker report of its own article: it takes that report's place, which stays alone.
            var (taken, leaving, through, better) = BestInstead(candidates, report, words);
            if (taken is null)
            {
                alone.Dissolved = false;
                continue;
            }
            taken.Replace(leaving!, report, through!, ReportProfile.Reason(through!, report, better));
            File(report, taken);
            alone.Restart(leaving!);
            File(leaving!, alone);
        }

        foreach (var group in growing)
            if (!group.Dissolved) clusters[group.Position] = group.ToCluster();
        return [.. clusters[..count].Where(c => c is not null)];

        void Candidates(ReportProfile report, int seenBy)
        {
            // A report whose date is good to a window (ExtractedEvent.Window) looks, and is filed, where that window lies.
            var span = report.Report.Window ?? report.Span;
            candidates.Clear();
            var wide = IsWide(span);
            if (!wide) LookupCells(span, lookIn);
            foreach (var anchor in report.Anchors)
            {
                if (wide)
                {
                    if (wideIndex.TryGetValue(anchor, out var all)) Collect(candidates, all, seenBy);
                    continue;
                }
                if (!index.TryGetValue(anchor, out var cells)) continue;
                foreach (var cell in lookIn)
                    if (cells.TryGetValue(cell, out var list)) Collect(candidates, list, seenBy);
            }
            candidates.Sort(static (x, y) => x.Position.CompareTo(y.Position));
        }

        void File(ReportProfile report, MergeGroup joined)
        {
            FileCells(report.Report.Window ?? report.Span, fileIn);
            foreach (var anchor in report.Anchors)
            {
                if (!index.TryGetValue(anchor, out var cells)) index[anchor] = cells = [];
                foreach (var cell in fileIn)
                    Add(cells, cell, joined);
                Add(wideIndex, anchor, joined);
            }
        }
    }

    /// <summary>The plain merger's choice: the strictly best score, the first group and member reaching it on a tie.</summary>
    private static (MergeGroup? Group, ReportProfile? Partner, double Score) Best(List<MergeGroup> candidates, ReportProfile report, MergeVocabulary words)
    {
        (MergeGroup? Group, ReportProfile? Partner, double Score) best = (null, null, 0);
        foreach (var group in candidates)
        {
            if (!group.Admits(report)) continue;
            // Indexed: a foreach over the interface boxed an enumerator for every group tried.
            var members = group.Members;
            // The group's first member has its finest date. A report joins through a member of another date only if it
            // is one happening with the first member too, so a month member cannot carry a weak match into a day's
            // item. Through a member of the first member's date, or with that date itself, it carries nothing in: the
            // pair was held to what the item's date demands, and asking more only let the visiting order decide (a
            // report matching the second member but met before it stayed apart from both).
            var first = members[0];
            bool? withFirst = first.Span == report.Span ? true : null;
            for (var m = 0; m < members.Count; m++)
            {
                if (!ReportProfile.TryScore(members[m], report, words, out var score)) continue;
                if (members[m].Span != first.Span && !(withFirst ??= ReportProfile.TryScore(first, report, words, out _))) continue;
                if (best.Group is null || score > best.Score) best = (group, members[m], score);
            }
        }
        return best;
    }

    /// <summary>
    /// Of the groups <paramref name="report"/>'s article is in through another report, the one it would join were that
    /// report not there, when it is more one happening with the group's first member (the item's finest report) than
    /// that report is: one article's two sentences (`Het kabinet denkt dat X geschikt is`, `X werd zondag aangesteld`)
    /// both match an item, and the one met first took the article's place. The first member is the yardstick for
    /// both, so a sentence that only resembles a later member cannot push out the article's report of the item's
    /// happening. The choice is <see cref="Best"/>'s (strictly best, first on a tie); the report leaving is never the
    /// first member nor one another member joined through (<see cref="MergeGroup.Yielding"/>).
    /// </summary>
    private static (MergeGroup? Group, ReportProfile? Leaving, ReportProfile? Partner, double Score) BestInstead(
        List<MergeGroup> candidates, ReportProfile report, MergeVocabulary words)
    {
        (MergeGroup? Group, ReportProfile? Leaving, ReportProfile? Partner, double Score) best = (null, null, null, 0);
        foreach (var group in candidates)
        {
            if (group.Yielding(report) is not { } leaving || !group.AdmitsInstead(report, leaving)) continue;
            var members = group.Members;
            if (!ReportProfile.TryScore(members[0], report, words, out var mine)) continue;
            if (ReportProfile.TryScore(members[0], leaving, words, out var theirs) && mine <= theirs) continue;
            for (var m = 0; m < members.Count; m++)
            {
                if (ReferenceEquals(members[m], leaving) || !ReportProfile.TryScore(members[m], report, words, out var score)) continue;
                if (best.Group is null || score > best.Score) best = (group, leaving, members[m], score);
            }
        }
        return best;
    }

    private static void Collect(List<MergeGroup> candidates, List<MergeGroup> groups, int report)
    {
        foreach (var group in groups)
        {
            if (group.SeenBy == report || group.Dissolved) continue;
            group.SeenBy = report;
            candidates.Add(group);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<MergeGroup>> index, TKey key, MergeGroup group) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != group) list.Add(group);
    }

    // Cells: a day (yyyymmdd), a month (yyyymm00), a year (yyyy0000), or every-date-of-the-anchor for wide spans.
    private static int Day(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    private static int Month(DateOnly d) => d.Year * 10000 + d.Month * 100;

    private static int Year(int year) => year * 10000;

    private const int Wide = int.MinValue;

    private static bool IsWide(TimexPeriod span) => span.End.Year - span.Start.Year >= MaxYearsIndexed;

    /// <summary>
    /// Where a member is filed: the smallest cell holding its whole date, each year of a multi-year span, or Wide.
    /// A span's <see cref="TimexPeriod.End"/> is exclusive, so its last day decides.
    /// </summary>
    private static void FileCells(TimexPeriod span, List<int> cells)
    {
        cells.Clear();
        var last = LastDay(span);
        if (IsWide(span)) cells.Add(Wide);
        else if (span.Start == last) cells.Add(Day(span.Start));
        else if (span.Start.Year == last.Year && span.Start.Month == last.Month) cells.Add(Month(span.Start));
        else
            for (var year = span.Start.Year; year <= last.Year; year++) cells.Add(Year(year));
    }

    /// <summary>
    /// Where a report (not wide: wide ones look at every group of the anchor) looks: the cells of dates containing
    /// its own (its day, its month, its years, Wide) and of dates contained in it (every day and month it covers).
    /// </summary>
    private static void LookupCells(TimexPeriod span, List<int> cells)
    {
        cells.Clear();
        var last = LastDay(span);
        cells.Add(Wide);
        for (var year = span.Start.Year; year <= last.Year; year++) cells.Add(Year(year));
        for (var month = new DateOnly(span.Start.Year, span.Start.Month, 1); month <= last; month = month.AddMonths(1))
            cells.Add(Month(month));
        for (var day = span.Start; day <= last; day = day.AddDays(1))
            cells.Add(Day(day));
    }

    private static DateOnly LastDay(TimexPeriod span) => span.End.AddDays(-1);
}
