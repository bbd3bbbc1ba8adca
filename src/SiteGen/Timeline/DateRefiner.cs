using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Refines a coarse document date from another article. When an article is dated only to the month (` date 2022-02`)
/// and one of its events — dated only as finely as that anchor allows (`vrijdag` → `2022-02`) — merges strongly with
/// a report from an article dated to the day (`2022-02-04`), that day becomes the article's anchor. Never against
/// the article's own evidence: the day must lie inside the old date, and after re-tagging from the new anchor the
/// matched expression must resolve to that very day (a `vrijdag` only on a Friday). Returns null when nothing changes.
/// </summary>
public sealed class DateRefiner(Func<string, DocumentDate, TemporalAnalysis> retag)
{
    public DateRefiner(TemporalTagger tagger)
        : this((text, date) => tagger.Analyze(text, date))
    {
    }

    public Article? Refine(Article article, IReadOnlyList<EventCluster> clusters)
    {
        if (article.Date is not { } dct || DateSpan.Parse(dct.Value) is not { } own || own.Precision >= DatePrecision.Day)
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
                if (EventMerger.Compare(mine, other) is not { } reason || !EventMerger.IsStrong(reason)) continue;
                var day = other.Event.Date[..10];
                if (DateSpan.Parse(day) is { } span && own.Contains(span)) candidates.Add((day, mine, other));
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
        return article with { Temporal = analysis with { DocumentDate = refined } };
    }
}
