using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// An event with what the merger compares: the actors and key words of its context (the sentence, a following
/// sentence that continues it, or for a headline the lead paragraph), not only of its short text, and the classes of
/// happening its text names (<see cref="PredicateLexicon"/>: `resign`, `announce` …).
/// </summary>
public sealed record ExtractedEvent(
    ArticleEvent Event,
    string Sentence,
    IReadOnlyList<string> ContextActors,
    IReadOnlyList<string> KeyWords)
{
    /// <summary>Names of the classes of happening the event's text names; empty when it names none.</summary>
    public IReadOnlyList<string> Predicates { get; init; } = [];

    /// <summary>
    /// The day of the week its date expression names when the date is coarser than a day (`woensdag` in an article
    /// dated only by its month resolves to the month): the report is of a day of that weekday. Null otherwise.
    /// </summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>
    /// Where the happening can lie when its date says it less well than its value: a week expression (`vorige week`)
    /// that the tagger could place only in its year, from a document date known to its month, lies in that month and
    /// a fortnight either side (`vorige week` in an article of October 2019: 17 September to 14 November), not anywhere
    /// in the year; a round count of days back (`honderd dagen geleden`) lies within a twentieth of its days of the day
    /// it gives. Null otherwise.
    /// </summary>
    public TimexPeriod? Window { get; init; }
}
