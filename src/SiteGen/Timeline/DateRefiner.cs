using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Refines a coarse document date from another article. When an article is dated only to the month (` date 2022-02`)
/// and one of its events — dated only as finely as that anchor allows (`vrijdag` → `2022-02`) — merges strongly with
/// a report from an article dated to the day (`2022-02-04`), that day becomes the article's anchor. Never against
/// the article's own evidence: the day must lie inside the old date, after re-tagging from the new anchor the matched
/// expression must resolve to that very day (a `vrijdag` only on a Friday), and every expression the old anchor
/// placed only within its month must stay inside that month. Returns null when nothing changes.
/// </summary>
public sealed class DateRefiner(Func<string, DocumentDate, TemporalAnalysis> retag)
{
    public DateRefiner(TemporalTagger tagger)
        : this((text, date) => tagger.Analyze(text, date))
    {
    }

    /// <param name="compare">The merge's own comparison (<see cref="IndexedEventMerger.Compare"/>).</param>
    public Article? Refine(Article article, IReadOnlyList<EventCluster> clusters, Func<ExtractedEvent, ExtractedEvent, MergeReason?> compare)
    {
        if (article.Date is not { } dct || TimexPeriod.Parse(dct.Value) is not { } own || own.Precision >= DatePrecision.Day)
            return null;
        var candidates = new List<(string Day, ExtractedEvent Mine, ExtractedEvent Other)>();
        foreach (var cluster in clusters)
        {
            // Only a report whose date is as coarse as the anchor can be sharpened by a better anchor.
            var mine = cluster.Members.FirstOrDefault(m => m.Event.ArticleId == article.Id && m.Event.Date == dct.Value);
            if (mine is null) continue;
            foreach (var other in cluster.Members)
            {
                if (other.Event.ArticleId == article.Id || other.Event.Precision < DatePrecision.Day || other.Event.Estimated) continue;
                if (compare(mine, other) is not { } reason || !MergeRules.IsStrong(reason)) continue;
                var day = other.Event.Date[..10];
                if (TimexPeriod.Parse(day) is { } span && own.Contains(span)) candidates.Add((day, mine, other));
            }
        }
        if (candidates.Select(c => c.Day).Distinct().Count() != 1) return null;
        var (refinedDay, matched, source) = candidates[0];
        var refined = new DocumentDate(refinedDay, dct.Estimated, "refined",
            $"{source.Event.ArticleId}: {source.Event.Text} (was {dct.Value}, {dct.Source})");
        var analysis = retag(article.Source.Text, refined);
        if (matched.Event.TimexStart >= 0)
        {
            var again = analysis.Matches.FirstOrDefault(m => m.Start == matched.Event.TimexStart && m.End == matched.Event.TimexEnd);
            if (again is null || !again.Value.StartsWith(refinedDay, StringComparison.Ordinal)) return null;
        }
        // Every expression the old anchor could only place within its month must now land inside that month too
        // (`vrijdag` read as the Friday before a wrong anchor would leave it).
        var coarse = article.Temporal.Matches.Where(m => m.Value == dct.Value).Select(m => (m.Start, m.End)).ToHashSet();
        foreach (var m in analysis.Matches.Where(m => coarse.Contains((m.Start, m.End))))
        {
            if (TimexPeriod.Parse(m.Value) is not { } span || !own.Contains(span)) return null;
        }
        return article with { Temporal = analysis with { DocumentDate = refined } };
    }
}
