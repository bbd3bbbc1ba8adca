using System.Globalization;
using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Refines a coarse document date from another article. When an article is dated only to the month (` date 2022-02`)
/// and one of its events — dated only as finely as that anchor allows (`vrijdag` → `2022-02`) — merges strongly with
/// a report from an article dated to the day (`2022-02-04`), that day becomes the article's anchor. Never against
/// the article's own evidence: the day must lie inside the old date, after re-tagging from the new anchor the matched
/// expression must resolve to that very day (a `vrijdag` only on a Friday; `gisteravond` for a vote of the 15th moves
/// the anchor to the 16th, which must lie inside the old date too), and every expression the old anchor
/// placed only within its month must stay inside that month, and neither report may say its happening happened
/// before (`opnieuw`, <paramref name="syntax"/>'s `repeat` words): a second vote of the same month is no twin of the
/// first. Returns null when nothing changes.
/// </summary>
public sealed class DateRefiner(Func<string, DocumentDate, TemporalAnalysis> retag, SyntaxWords? syntax = null)
{
    public DateRefiner(TemporalTagger tagger)
        : this((text, date) => tagger.Analyze(text, date), EventLexicon.For(tagger.Language).Syntax)
    {
    }

    /// <summary>How many of an undated article's best matches are tried (each costs a re-tagging) before it stays undated.</summary>
    private const int MaxTries = 3;

    /// <summary>How far after the reported day a relative expression may put publication (`gisteravond`, `zondag`).</summary>
    private const int MaxShiftDays = 7;

    /// <param name="compare">The merge's own comparison (<see cref="IndexedEventMerger.Compare"/>).</param>
    /// <param name="dossier">The dated reports that can date an article with no document date (null: none is dated).</param>
    public Article? Refine(Article article, IReadOnlyList<EventCluster> clusters, Func<ExtractedEvent, ExtractedEvent, MergeReason?> compare,
        DossierReports? dossier = null)
    {
        if (DossierReports.NeedsDate(article)) return dossier is null ? null : Date(article, dossier);
        if (article.Date is not { } dct || TimexPeriod.Parse(dct.Value) is not { } own || own.Precision >= DatePrecision.Day)
            return null;
        var candidates = new List<(string Day, ExtractedEvent Mine, ExtractedEvent Other)>();
        foreach (var cluster in clusters)
        {
            // Only a report whose date is as coarse as the anchor can be sharpened by a better anchor.
            var mine = cluster.Members.FirstOrDefault(m => m.Event.ArticleId == article.Id && m.Event.Date == dct.Value);
            if (mine is null || Repeated(mine)) continue;
            foreach (var other in cluster.Members)
            {
                if (other.Event.ArticleId == article.Id || other.Event.Precision < DatePrecision.Day || other.Event.Estimated || Repeated(other)) continue;
                if (compare(mine, other) is not { } reason || !MergeRules.IsStrong(reason)) continue;
                var day = other.Event.Date[..10];
                if (TimexPeriod.Parse(day) is { } span && own.Contains(span)) candidates.Add((day, mine, other));
            }
        }
        if (candidates.Select(c => c.Day).Distinct().Count() != 1) return null;
        var (refinedDay, matched, source) = candidates[0];
        var refined = Refined(article, refinedDay, source);
        var analysis = retag(TextOf(article), refined);
        if (matched.Event.TimexStart >= 0)
        {
            var again = Again(analysis, matched);
            if (again is null) return null;
            if (!again.Value.StartsWith(refinedDay, StringComparison.Ordinal))
            {
                // `gisteravond` read from the reported day lands the day before: the article appeared that many days
                // later, still inside its own month, and from there the expression must land on the reported day.
                if (TimexPeriod.Parse(again.Value) is not { } landed || TimexPeriod.Parse(refinedDay) is not { } reported
                    || Shift(landed, reported.Start) is not { } shift) return null;
                var published = Format(reported.Start.AddDays(shift));
                if (TimexPeriod.Parse(published) is not { } day || !own.Contains(day)) return null;
                refined = Refined(article, published, source);
                analysis = retag(TextOf(article), refined);
                if (Again(analysis, matched) is not { } moved || !moved.Value.StartsWith(refinedDay, StringComparison.Ordinal)) return null;
            }
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

    // `Het Lagerhuis heeft de deal opnieuw verworpen`: the act recurs, so sharing words, actors and month with another
    // report of it does not make the two one day.
    private bool Repeated(ExtractedEvent e) => syntax?.AnyIn("repeat", e.Sentence) == true;

    private static DocumentDate Refined(Article article, string day, ExtractedEvent source)
    {
        var dct = article.Date!;
        return new DocumentDate(day, dct.Estimated, "refined", $"{source.Event.ArticleId}: {source.Event.Text} (was {dct.Value}, {dct.Source})",
            source.Event.ArticleId);
    }

    private static TemporalMatch? Again(TemporalAnalysis analysis, ExtractedEvent matched) =>
        analysis.Matches.FirstOrDefault(m => m.Start == matched.Event.TimexStart && m.End == matched.Event.TimexEnd);

    /// <summary>
    /// How many days after the <paramref name="reported"/> day a day-precise expression that <paramref name="landed"/>
    /// before it puts publication (`gisteravond` for a vote of the 15th: 1), from 1 to <see cref="MaxShiftDays"/>; else null.
    /// </summary>
    private static int? Shift(TimexPeriod landed, DateOnly reported)
    {
        var shift = reported.DayNumber - landed.Start.DayNumber;
        return landed.Precision >= DatePrecision.Day && shift is > 0 and <= MaxShiftDays ? shift : null;
    }

    /// <summary>
    /// A document date for an article that has none (or only a year inferred from its text) from the article whose
    /// dated report its opening reports (<see cref="DossierReports.Matches"/>), best match first. The date is that
    /// report's month, or its day when the opening's own relative expression (`dinsdag`, `vanmorgen`, `gisteravond`)
    /// re-tagged from the new anchor lands on that very day, the anchor moved as far after it as the expression says
    /// (`gisteravond` on the 15th: published the 16th); only its year when the report speaks of a plan and the opening
    /// of it done (the article is no older than the plan), and such a match is tried after all others. Never against
    /// the article's own evidence: an expression of the opening that cannot land on the reported date (`woensdag` for a
    /// Tuesday) rejects the match, and an inferred year is a lower bound, as is the first report of what its body reports
    /// as past (<see cref="DossierReports.Floor"/>); a match that is no evidence of the same happening (a state, a
    /// schedule, an intention, two sentences that lean on the ones before them: <see cref="DossierReports.Weighs"/>)
    /// dates nothing. Marked estimated, with the report it came from as evidence.
    /// </summary>
    private Article? Date(Article article, DossierReports dossier)
    {
        var floor = Later(article.Date is { } inferred ? TimexPeriod.Parse(inferred.Value) : null, dossier.Floor(article.Id));
        var tried = 0;
        // A plan's report bounds the article from below only, so it comes after every report of the happening itself.
        foreach (var match in dossier.Matches(article.Id).OrderBy(m => PlanOfDone(m) ? 1 : 0))
        {
            if (tried == MaxTries) break;
            if (TimexPeriod.Parse(match.Report.Event.Date) is not { } told) continue;
            // The article is no older than the latest date it reports as past, and a match must be evidence of the same happening.
            if (floor is { } f && told.End <= f.Start || !dossier.Weighs(match)) continue;
            tried++;
            if (Anchor(article, match, told) is { } dated) return dated;
        }
        return null;
    }

    // The later of two lower bounds.
    private static TimexPeriod? Later(TimexPeriod? a, TimexPeriod? b) => a is not { } x ? b : b is not { } y ? a : y.Start > x.Start ? y : x;

    private Article? Anchor(Article article, DossierMatch match, TimexPeriod told)
    {
        // `De minister gaat in hoger beroep` (April) and an opening that reports the appeal decided: the happening came
        // after the plan, by days or by months, so the article is no older than the plan and is dated to its year only.
        if (PlanOfDone(match)) return Dated(article, match, told.Start.Year.ToString("D4", CultureInfo.InvariantCulture));
        var month = told.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (told.Precision >= DatePrecision.Day)
        {
            var day = told.Start;
            var first = Retag(article, match, Format(day));
            var own = Own(article, first, match);
            if (own.Count == 0) return Dated(article, match, month);
            if (own.Any(p => p.Precision >= DatePrecision.Day && p.Start == day)) return first;
            // `gisteravond` read from the reported day lands the day before: publication was a day later.
            if (Shift(own[0], day) is { } shift)
            {
                var moved = Retag(article, match, Format(day.AddDays(shift)));
                if (Own(article, moved, match).Any(p => p.Precision >= DatePrecision.Day && p.Start == day)) return moved;
            }
            if (own.Any(p => p.Precision >= DatePrecision.Day)) return null;
        }
        return Dated(article, match, month);
    }

    /// <summary>The dated report speaks of a plan (<see cref="ArticleEvent.Planned"/>), the opening of what is done or under way.</summary>
    private static bool PlanOfDone(DossierMatch match) => match.Report.Event.Planned && !match.Opening.Event.Planned;

    // Dated to the month (or the year): every date of the opening must fit in it.
    private Article? Dated(Article article, DossierMatch match, string month)
    {
        var dated = Retag(article, match, month);
        var span = TimexPeriod.Parse(month)!.Value;
        return Own(article, dated, match).All(p => span.CompatibleWith(p)) ? dated : null;
    }

    /// <summary>The calendar dates of the matched opening that the new anchor resolved differently from the old one, in text order.</summary>
    private static List<TimexPeriod> Own(Article article, Article dated, DossierMatch match)
    {
        var (start, end) = (match.Opening.Event.SentenceStart, match.Opening.Event.SentenceEnd);
        var old = new Dictionary<(int, int), string>();
        foreach (var m in article.Temporal.Matches)
            if (m.Start >= start && m.End <= end) old.TryAdd((m.Start, m.End), m.Value);
        var own = new List<TimexPeriod>();
        foreach (var m in dated.Temporal.Matches)
        {
            if (m.Start < start || m.End > end || !m.IsCalendarDate) continue;
            if (old.TryGetValue((m.Start, m.End), out var was) && was == m.Value) continue;
            if (TimexPeriod.Parse(m.Value) is { } p) own.Add(p);
        }
        return own;
    }

    private Article Retag(Article article, DossierMatch match, string value)
    {
        var source = match.Report.Event;
        var was = article.Date is { } old ? $"; was {old.Value}, {old.Source}" : "";
        var date = new DocumentDate(value, true, "dossier",
            $"{source.ArticleId}: {source.Text} (its {(PlanOfDone(match) ? "plan of what the opening reports as done, so no older than that" : "report of what the opening reports")}: '{match.Opening.Event.Text}', score {match.Reason.Score}{was})",
            source.ArticleId);
        return article with { Temporal = retag(TextOf(article), date) with { DocumentDate = date } };
    }

    // A build holds article texts packed from extraction on (PackedArticles); retagging is the refiner's one use of a
    // text, for the few articles a strong merge redates. The refined article keeps its text as it came.
    private static string TextOf(Article article) => article.WithTextUnpacked().Source.Text;

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
