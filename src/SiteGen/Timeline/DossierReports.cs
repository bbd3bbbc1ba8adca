using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// The dossier's dated reports, for dating an article that has no document date of its own (<see cref="DateRefiner"/>):
/// under one vocabulary with the undated articles' opening sentences (<see cref="EventExtractor.Openings"/>), so a
/// word is as rare as it is among all the articles, each report filed under its anchors
/// (<see cref="ReportProfile.Anchors"/>), so an opening finds the reports of its happening the way the merge finds a
/// group, without trying every report. Only reports dated to the month or finer, not estimated, of articles whose
/// own date is given (front matter, header, dateline) can date another. Built once per build and only when some article
/// needs it, in time linear in the reports; the same whatever the order of the input.
/// </summary>
public sealed class DossierReports
{
    /// <summary>How many opening sentences of an undated article are compared: the lead and the two after it.</summary>
    public const int OpeningCount = 3;

    private readonly MergeVocabulary vocabulary;
    private readonly Dictionary<int, List<ReportProfile>> byAnchor;
    private readonly Dictionary<string, ReportProfile[]> openings;

    private DossierReports(MergeVocabulary vocabulary, Dictionary<int, List<ReportProfile>> byAnchor, Dictionary<string, ReportProfile[]> openings) =>
        (this.vocabulary, this.byAnchor, this.openings) = (vocabulary, byAnchor, openings);

    /// <summary>
    /// An article that has no document date, or only a year inferred from its own text (the finder's estimate is a
    /// lower bound: no older than the latest date it reports as past).
    /// </summary>
    public static bool NeedsDate(Article article) =>
        article.Date is null || article.Date is { Estimated: true, Source: "inferred" } inferred && TimexValue.PrecisionOf(inferred.Value) < DatePrecision.Day;

    /// <param name="reports">Every report of the build.</param>
    /// <param name="openings">The opening sentences of each article that needs a date, by article id.</param>
    public static DossierReports Build(IEnumerable<ExtractedEvent> reports, IReadOnlyDictionary<string, IReadOnlyList<ExtractedEvent>> openings)
    {
        var spans = new Dictionary<string, TimexPeriod?>(StringComparer.Ordinal);
        var dated = new List<(ExtractedEvent Report, TimexPeriod Span)>();
        foreach (var e in reports)
        {
            if (!spans.TryGetValue(e.Event.Date, out var span)) spans[e.Event.Date] = span = TimexPeriod.Parse(e.Event.Date);
            if (span is { } s) dated.Add((e, s));
        }
        var ids = dated.Select(d => d.Report.Event.ArticleId).Concat(openings.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rank = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) rank[ids[i]] = i;
        var entries = new List<MergeOrder.Entry>(dated.Count);
        foreach (var (report, span) in dated) entries.Add(new MergeOrder.Entry(report, span, rank[report.Event.ArticleId]));
        foreach (var (id, list) in openings)
            foreach (var opening in list) entries.Add(new MergeOrder.Entry(opening, default, rank[id]) { Undated = true });
        var vocabulary = MergeVocabulary.Build(entries);

        var byAnchor = new Dictionary<int, List<ReportProfile>>();
        var byArticle = new Dictionary<string, List<ReportProfile>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = entry.Report.Event.ArticleId;
            if (entry.Undated)
            {
                if (!byArticle.TryGetValue(id, out var mine)) byArticle[id] = mine = [];
                mine.Add(ReportProfile.Create(entry, vocabulary));
                continue;
            }
            if (openings.ContainsKey(id) || !CanDate(entry.Report.Event, entry.Span)) continue;
            var profile = ReportProfile.Create(entry, vocabulary);
            foreach (var anchor in profile.Anchors)
            {
                if (!byAnchor.TryGetValue(anchor, out var list)) byAnchor[anchor] = list = [];
                list.Add(profile);
            }
        }
        return new DossierReports(vocabulary, byAnchor, byArticle.ToDictionary(x => x.Key, x => x.Value.ToArray(), StringComparer.Ordinal));
    }

    // A date of a month or a day, not estimated: a year holds too many days to date an article by.
    private static bool CanDate(ArticleEvent e, TimexPeriod span) =>
        !e.Estimated && span.Precision is DatePrecision.Month or >= DatePrecision.Day;

    /// <summary>
    /// The dated reports of other articles that the article's openings strongly match
    /// (<see cref="ReportProfile.TryMatchUndated"/>), best first: highest score, then earlier opening, then by
    /// article id, sentence and date, so the order never depends on the input's.
    /// </summary>
    public IReadOnlyList<DossierMatch> Matches(string articleId)
    {
        if (!openings.TryGetValue(articleId, out var mine)) return [];
        var found = new List<DossierMatch>();
        var seen = new HashSet<ReportProfile>(ReferenceEqualityComparer.Instance);
        for (var rank = 0; rank < mine.Length; rank++)
        {
            var opening = mine[rank];
            seen.Clear();
            foreach (var anchor in opening.Anchors)
            {
                if (!byAnchor.TryGetValue(anchor, out var list)) continue;
                foreach (var report in list)
                {
                    if (!seen.Add(report) || report.Report.Event.ArticleId == articleId) continue;
                    if (ReportProfile.TryMatchUndated(opening, report, vocabulary, out var score))
                        found.Add(new DossierMatch(opening.Report, rank, report.Report, ReportProfile.Reason(opening, report, score)));
                }
            }
        }
        found.Sort(static (x, y) =>
        {
            var c = y.Reason.Score.CompareTo(x.Reason.Score);
            if (c == 0) c = x.Rank.CompareTo(y.Rank);
            if (c == 0) c = string.CompareOrdinal(x.Report.Event.ArticleId, y.Report.Event.ArticleId);
            if (c == 0) c = x.Report.Event.SentenceStart.CompareTo(y.Report.Event.SentenceStart);
            if (c == 0) c = string.CompareOrdinal(x.Report.Event.Date, y.Report.Event.Date);
            return c == 0 ? x.Report.Event.TimexStart.CompareTo(y.Report.Event.TimexStart) : c;
        });
        return found;
    }
}
