using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// What a sentence can tell about when its article was written, for dating an article from the dossier
/// (<see cref="DossierReports"/>): whether a body sentence reports a happening as past (a floor for the article's
/// date), whether a dated report reports a happening of its date at all, and whether a sentence leans on the one
/// before it (its words are its context's) or only says what is meant to happen.
/// </summary>
internal static class DossierEvidence
{
    /// <summary>
    /// Whether a body sentence reports a happening as past: a past form, a perfect (not a passive in the present) or a
    /// pluperfect in its main clause, and no noise, duty, wish or forecast (a modal), what would have happened, a
    /// quotation, an opinion, a state, an attribution of the sentence before, a happening said to recur (`opnieuw`:
    /// it may be a later time than the one another article dates).
    /// </summary>
    public static bool ReportsPast(SentenceReading r, SyntaxWords syntax) =>
        r.Noise == NoiseKind.None && !r.Modal && !r.Irrealis && !r.Quoted && !r.SpokenQuote && !r.Opinion && !r.State && !r.BackReference
        && (r.Past || r.Perfect && !r.PresentPassive || r.Pluperfect) && !syntax.AnyIn("repeat", r.Text);

    /// <summary>
    /// Whether a dated report can report a happening of its date: no noise, stretch up to its date
    /// (<see cref="Stretch"/>) or what would have happened. (The reader's `State` is not asked here: it takes a
    /// perfect of a strong verb, `is in beroep gegaan`, for a state.)
    /// </summary>
    public static bool Happening(SentenceReading r, SyntaxWords syntax) =>
        r.Noise == NoiseKind.None && !r.Irrealis && !Stretch(r, syntax);

    /// <summary>
    /// Whether a dated report reports a happening firmly enough to bound an article that reports it as past: a
    /// <see cref="Happening"/> that is no duty, wish or forecast, no opinion (what someone thinks on the day of
    /// writing, about what may be long before), no state as the reader sees it, and not said to recur.
    /// </summary>
    public static bool Firm(SentenceReading r, SyntaxWords syntax) =>
        Happening(r, syntax) && !r.Modal && !r.Opinion && !r.State && !syntax.AnyIn("repeat", r.Text);

    /// <summary>
    /// Whether the sentence leans on the one before it: it opens with a connective (`Daarbij`, `Deze ouders`), refers
    /// back to it, or attributes it. The words it shares with another report are as much its context's as its own.
    /// </summary>
    public static bool Leans(SentenceReading r) => r.Connective || r.ContinuesBefore || r.BackReference;

    /// <summary>
    /// Whether the sentence says how things stand over a stretch of time up to its date (`Tot dusver zijn …`,
    /// `Sinds de verkiezingen is …`): it opens with a range word that reaches up to now, and no date bounds it. It
    /// holds on many days, so it dates nothing.
    /// </summary>
    public static bool Stretch(SentenceReading r, SyntaxWords syntax) =>
        r.Map.Words.Count > 1 && r.Dates.Count == 0 && syntax.Is("stretch", r.Map.Words[0].Lower)
        && !r.BackReference;

    /// <summary>
    /// Whether the sentence only says what is meant, expected or doubted (`Het is de bedoeling dat …`, `Het kabinet
    /// verwacht dat …`): a word of the `uncertain` class in the main clause before a `dat` clause, as the extractor
    /// reads such a clause (it reports no happening). What is meant may be written long before or after the happening
    /// another article dates.
    /// </summary>
    public static bool Intends(SentenceReading r, SyntaxWords syntax)
    {
        foreach (var clause in r.Map.Subordinates)
        {
            if (clause.Kind != ClauseKind.Complement) continue;
            foreach (var w in r.Map.Words)
                if (w.Start < clause.Start && r.Map.SubordinateAt(w.Start) is null && syntax.Is("uncertain", w.Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the report's governing date lies after the date it is dated by (`De gaswinning stopt per 1 oktober.`
    /// dated June): it announces what is scheduled, not what happened on its date.
    /// </summary>
    public static bool Ahead(SentenceReading r, ExtractedEvent report) =>
        r.Governing is { } governing && Temporal.TimexPeriod.Parse(governing.Match.Value) is { } scheduled
        && Temporal.TimexPeriod.Parse(report.Event.Date) is { } dated && scheduled.Start >= dated.End;
}
