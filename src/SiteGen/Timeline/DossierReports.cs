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
/// needs it, in time linear in the reports; the same whatever the order of the input. A match dates an article only on
/// evidence of the same happening (<see cref="Weighs"/>), and never to before what the article's body reports as past
/// (<see cref="Floor"/>).
/// </summary>
public sealed class DossierReports
{
    /// <summary>How many opening sentences of an undated article are compared: the lead and the two after it.</summary>
    public const int OpeningCount = 3;

    private readonly MergeVocabulary vocabulary;
    private readonly Dictionary<int, List<ReportProfile>> byAnchor;
    private readonly Dictionary<string, ReportProfile[]> openings;

    // The same reports matched with what the bodies report as past, under the whole bodies' vocabulary (null: no bodies).
    private readonly DossierReports? whole;

    private DossierReports(MergeVocabulary vocabulary, Dictionary<int, List<ReportProfile>> byAnchor, Dictionary<string, ReportProfile[]> openings,
        DossierSentences? sentences, DossierReports? whole) =>
        (this.vocabulary, this.byAnchor, this.openings, Sentences, this.whole) = (vocabulary, byAnchor, openings, sentences, whole);

    /// <summary>How the sentences of the reports read (null: not known, every report counts as one of a happening).</summary>
    internal DossierSentences? Sentences { get; }

    /// <summary>
    /// An article that has no document date, or only a year inferred from its own text (the finder's estimate is a
    /// lower bound: no older than the latest date it reports as past).
    /// </summary>
    public static bool NeedsDate(Article article) =>
        article.Date is null || article.Date is { Estimated: true, Source: "inferred" } inferred && TimexValue.PrecisionOf(inferred.Value) < DatePrecision.Day;

    /// <param name="reports">Every report of the build.</param>
    /// <param name="openings">The opening sentences of each article that needs a date, by article id.</param>
    public static DossierReports Build(IEnumerable<ExtractedEvent> reports, IReadOnlyDictionary<string, IReadOnlyList<ExtractedEvent>> openings) =>
        Build(reports, openings, null, null);

    /// <param name="reports">Every report of the build.</param>
    /// <param name="openings">The opening sentences of each article that needs a date, by article id.</param>
    /// <param name="bodies">
    /// The rest of the body of each article that needs a date, each sentence marked whether it reports a happening as
    /// past (<see cref="DossierSentences.Body"/>): matched under a vocabulary of their own that counts the whole body
    /// (<see cref="Floor"/>), so the openings' matches are the same as without them.
    /// </param>
    /// <param name="sentences">How the reports' sentences read.</param>
    internal static DossierReports Build(IEnumerable<ExtractedEvent> reports, IReadOnlyDictionary<string, IReadOnlyList<ExtractedEvent>> openings,
        IReadOnlyDictionary<string, IReadOnlyList<(ExtractedEvent Report, bool Past)>>? bodies, DossierSentences? sentences)
    {
        var dated = Dated(reports);
        var (vocabulary, byAnchor, profiled) = Profile(dated, openings, null);
        DossierReports? whole = null;
        if (bodies is not null)
        {
            var past = bodies.ToDictionary(x => x.Key, x => (IReadOnlyList<ExtractedEvent>)[.. x.Value.Where(b => b.Past).Select(b => b.Report)], StringComparer.Ordinal);
            var rest = openings.ToDictionary(x => x.Key, x => x.Value.Concat(bodies.TryGetValue(x.Key, out var body) ? body.Where(b => !b.Past).Select(b => b.Report) : []),
                StringComparer.Ordinal);
            var (v, anchors, found) = Profile(dated, past, rest);
            whole = new DossierReports(v, anchors, found, null, null);
        }
        return new DossierReports(vocabulary, byAnchor, profiled, sentences, whole);
    }

    private static List<(ExtractedEvent Report, TimexPeriod Span)> Dated(IEnumerable<ExtractedEvent> reports)
    {
        var spans = new Dictionary<string, TimexPeriod?>(StringComparer.Ordinal);
        var dated = new List<(ExtractedEvent Report, TimexPeriod Span)>();
        foreach (var e in reports)
        {
            if (!spans.TryGetValue(e.Event.Date, out var span)) spans[e.Event.Date] = span = TimexPeriod.Parse(e.Event.Date);
            if (span is { } s) dated.Add((e, s));
        }
        return dated;
    }

    // The dated reports that can date an article filed under their anchors, and the profiles of the undated sentences,
    // by article, under one vocabulary with the sentences of `unmatched` (counted, not profiled).
    private static (MergeVocabulary, Dictionary<int, List<ReportProfile>>, Dictionary<string, ReportProfile[]>) Profile(
        List<(ExtractedEvent Report, TimexPeriod Span)> dated, IReadOnlyDictionary<string, IReadOnlyList<ExtractedEvent>> undated,
        IReadOnlyDictionary<string, IEnumerable<ExtractedEvent>>? unmatched)
    {
        var ids = dated.Select(d => d.Report.Event.ArticleId).Concat(undated.Keys).Concat(unmatched?.Keys ?? [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rank = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) rank[ids[i]] = i;
        var entries = new List<MergeOrder.Entry>(dated.Count);
        foreach (var (report, span) in dated) entries.Add(new MergeOrder.Entry(report, span, rank[report.Event.ArticleId]));
        foreach (var (id, list) in undated)
            foreach (var sentence in list) entries.Add(new MergeOrder.Entry(sentence, default, rank[id]) { Undated = true });
        var profiled = entries.Count;
        foreach (var (id, list) in unmatched ?? new Dictionary<string, IEnumerable<ExtractedEvent>>())
            foreach (var sentence in list) entries.Add(new MergeOrder.Entry(sentence, default, rank[id]) { Undated = true });
        var vocabulary = MergeVocabulary.Build(entries);

        var byAnchor = new Dictionary<int, List<ReportProfile>>();
        var byArticle = new Dictionary<string, List<ReportProfile>>(StringComparer.Ordinal);
        foreach (var entry in entries.Take(profiled))
        {
            var id = entry.Report.Event.ArticleId;
            if (entry.Undated)
            {
                if (!byArticle.TryGetValue(id, out var mine)) byArticle[id] = mine = [];
                mine.Add(ReportProfile.Create(entry, vocabulary));
                continue;
            }
            if (undated.ContainsKey(id) || unmatched?.ContainsKey(id) == true || !CanDate(entry.Report.Event, entry.Span)) continue;
            var profile = ReportProfile.Create(entry, vocabulary);
            foreach (var anchor in profile.Anchors)
            {
                if (!byAnchor.TryGetValue(anchor, out var list)) byAnchor[anchor] = list = [];
                list.Add(profile);
            }
        }
        return (vocabulary, byAnchor, byArticle.ToDictionary(x => x.Key, x => x.Value.ToArray(), StringComparer.Ordinal));
    }

    // A date of a month or a day, not estimated: a year holds too many days to date an article by.
    private static bool CanDate(ArticleEvent e, TimexPeriod span) =>
        !e.Estimated && span.Precision is DatePrecision.Month or >= DatePrecision.Day;

    /// <summary>
    /// The dated reports of other articles that the article's openings strongly match
    /// (<see cref="ReportProfile.TryMatchUndated"/>), best first: highest score, then earlier opening, then by
    /// article id, sentence and date, so the order never depends on the input's.
    /// </summary>
    public IReadOnlyList<DossierMatch> Matches(string articleId) =>
        openings.TryGetValue(articleId, out var mine) ? Matches(articleId, mine) : [];

    /// <summary>
    /// Whether the match is evidence of the same happening, by how its two sentences read: a report that does not
    /// report a happening of its date (a stretch up to it, <see cref="DossierEvidence.Happening"/>) or that
    /// announces what is scheduled after it (`stopt per 1 oktober`: when it was done is not known, the day may move),
    /// and an opening that only says what is meant to happen, date nothing; nor do two sentences that both lean on
    /// the sentence before them (their words are their contexts'), while one that leans may date an opening that
    /// stands on its own. Asked of a match only when it is tried, so only the articles of tried reports are read.
    /// </summary>
    internal bool Weighs(DossierMatch match)
    {
        if (Sentences is not { } sentences) return true;
        var report = sentences.ReadingOf(match.Report);
        var opening = sentences.ReadingOf(match.Opening);
        if (report is not null && (!DossierEvidence.Happening(report, sentences.Syntax) || DossierEvidence.Ahead(report, match.Report))) return false;
        if (opening is not null && DossierEvidence.Intends(opening, sentences.Syntax)) return false;
        return report is null || opening is null || !DossierEvidence.Leans(report) || !DossierEvidence.Leans(opening);
    }

    /// <summary>
    /// The latest date among the dated happenings the article's body reports as past: each such sentence
    /// (<see cref="DossierSentences.Past"/>) that strongly matches a firm dated report of another article (at least
    /// <see cref="ReportProfile.MinSharedToDate"/> words or actors, <see cref="DossierEvidence.Firm"/>, not planned)
    /// bounds the article by the earliest firm report it matches at all, the happening's first report. The article is
    /// no older than that; null when the body gives no such bound.
    /// </summary>
    internal TimexPeriod? Floor(string articleId)
    {
        if (Sentences is not { } sentences) return null;
        var bySentence = new Dictionary<int, (TimexPeriod Earliest, bool Strong)>();
        foreach (var match in PastMatches(articleId))
        {
            if (match.Report.Event.Planned || TimexPeriod.Parse(match.Report.Event.Date) is not { } span) continue;
            if (sentences.ReadingOf(match.Report) is not { } report || !DossierEvidence.Firm(report, sentences.Syntax)) continue;
            var strong = match.Reason.SharedActors.Count + match.Reason.SharedWords.Count >= ReportProfile.MinSharedToDate;
            var at = match.Opening.Event.SentenceStart;
            bySentence[at] = bySentence.TryGetValue(at, out var known)
                ? (span.Start < known.Earliest.Start ? span : known.Earliest, strong || known.Strong)
                : (span, strong);
        }
        TimexPeriod? floor = null;
        foreach (var (span, strong) in bySentence.Values)
            if (strong && (floor is not { } f || span.Start > f.Start)) floor = span;
        return floor;
    }

    /// <summary>
    /// What the article's body reports as past (<see cref="DossierSentences.Past"/>) that matches dated reports of
    /// other articles as its openings would (<see cref="Matches(string)"/>), best first.
    /// </summary>
    internal IReadOnlyList<DossierMatch> PastMatches(string articleId) =>
        whole is not null && whole.openings.TryGetValue(articleId, out var mine) ? whole.Matches(articleId, mine) : [];

    private List<DossierMatch> Matches(string articleId, ReportProfile[] mine)
    {
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
