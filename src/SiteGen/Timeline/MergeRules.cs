using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// When two reports from different articles are the same real-world happening. Their dates must be compatible (equal,
/// or one inside the other), they must not name different classes of happening (`treedt af` / `overleeft`,
/// <see cref="PredicateLexicon"/>), and what they share must weigh enough: word stems, actors and calendar periods,
/// each weighted by how rare it is among the merge's articles (<see cref="MergeVocabulary"/>), and what happened: a class
/// of happening alone and with each actor acting in the report (<see cref="MergeVocabulary.PredicateTokens"/>), so two
/// reports worded differently (`het VK verlaat de EU` / `de Britten zijn uit de EU gestapt`) are one happening when
/// few articles say that of that actor. At least
/// <see cref="MinShared"/> words, actors or classes of happening, one of each report's rarest tokens, and <see cref="MinRareTokens"/> rare
/// tokens' worth of words, actors and classes; and their shared weight over the smaller report's weight (plus
/// <see cref="SamePredicateBonus"/> when they name the same class) must reach a share that grows as the dates differ
/// in precision (<see cref="MinScoreFor"/>): a month report joins a day's item only on strong evidence, a year's on
/// stronger. No shared actor is needed: two reports in the same words with no actor found are one happening too. A
/// report joins a group through its best-scoring member; when neither its date nor that member's is the group's first
/// member's (the finest date), only if it is one happening with the first member too, so a coarse member cannot carry
/// weak matches into a day's item.
/// <see cref="IndexedEventMerger"/> applies these rules to a whole timeline; <see cref="DateRefiner"/> uses them to
/// refine a document date.
/// </summary>
public static class MergeRules
{
    /// <summary>The fewest words, actors or classes of happening two reports of one happening share.</summary>
    public const int MinShared = 2;

    /// <summary>
    /// The least weight of words and actors two reports of one happening share, whatever their size, in tokens of
    /// two articles (the rarest a shared token can be).
    /// </summary>
    public const double MinRareTokens = 1.25;

    /// <summary>What naming the same class of happening (both `announce`) adds to a score.</summary>
    public const double SamePredicateBonus = 0.15;

    /// <summary>The share of the smaller report's weight two reports of the same date must share.</summary>
    public const double MinScore = 0.30;

    /// <summary>The same when one date lies inside the other (`2022-07-03` in `2022-07`).</summary>
    public const double MinScoreContained = 0.40;

    /// <summary>The same when a year or a coarser date meets a finer one: a year holds a great many days.</summary>
    public const double MinScoreCoarse = 0.50;

    /// <summary>A merge strong enough to move another article's document date (see <see cref="DateRefiner"/>).</summary>
    public static bool IsStrong(MergeReason reason) =>
        reason.Score >= MinScoreCoarse && reason.SharedActors.Count + reason.SharedWords.Count >= 3;

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are one happening under <paramref name="vocabulary"/>, or null.</summary>
    internal static MergeReason? Compare(MergeVocabulary? vocabulary, ExtractedEvent a, ExtractedEvent b)
    {
        if (vocabulary is null || TimexPeriod.Parse(a.Event.Date) is not { } sa || TimexPeriod.Parse(b.Event.Date) is not { } sb) return null;
        var pa = ReportProfile.Create(new MergeOrder.Entry(a, sa, 0), vocabulary);
        var pb = ReportProfile.Create(new MergeOrder.Entry(b, sb, 1), vocabulary);
        return ReportProfile.TryScore(pa, pb, vocabulary, out var score) ? ReportProfile.Reason(pa, pb, score) : null;
    }

    /// <summary>
    /// Whether two reports' dates can be one happening's: one lies inside the other, a date said to be at the start
    /// or the end of its period (`begin 2019`, `eind vorig jaar`: <see cref="TimexMod.Start"/>, <see cref="TimexMod.End"/>)
    /// meets a finer date only in that half of it, so `eind 2019` is not the ruling of May 2019, and their days of the
    /// week agree (<see cref="WeekdaysFit"/>).
    /// </summary>
    internal static bool DatesFit(ExtractedEvent a, TimexPeriod spanA, ExtractedEvent b, TimexPeriod spanB)
    {
        // A report whose date says where it lies less well than its value (ExtractedEvent.Window) fits a date that
        // reaches into that window: `vorige week` of an October article a date of late September, not of March;
        // `honderd dagen geleden` the day before the one it counts to.
        var (reachA, reachB) = (a.Window ?? spanA, b.Window ?? spanB);
        var fit = a.Window is null && b.Window is null ? spanA.CompatibleWith(spanB) : reachA.Start < reachB.End && reachB.Start < reachA.End;
        return fit && InPart(spanA, a.Event.Mod, spanB) && InPart(spanB, b.Event.Mod, spanA) && WeekdaysFit(reachA, a.Weekday, reachB, b.Weekday);
    }

    /// <summary>
    /// The period a report's date stands for when the merge weighs evidence (<see cref="ExtractedEvent.Window"/>): a
    /// week expression's year is weeks, not a year, so it joins a finer date on the evidence a month would, and a round
    /// count's day joins a neighbouring day on the evidence a day inside a month would.
    /// </summary>
    internal static TimexPeriod Weighed(ExtractedEvent e, TimexPeriod span) => e.Window ?? span;

    /// <summary>
    /// Whether two reports can be of one day of the week: a report whose date names a weekday but resolved only to its
    /// month (<see cref="ExtractedEvent.Weekday"/>: `woensdag` in an article dated by its month) is not the happening of
    /// a day that fell on another weekday, nor of a report naming another weekday. A day's weekday is its own.
    /// </summary>
    internal static bool WeekdaysFit(TimexPeriod a, DayOfWeek? namedA, TimexPeriod b, DayOfWeek? namedB) =>
        !(WeekdayOf(a, namedA) is { } dayA && WeekdayOf(b, namedB) is { } dayB && dayA != dayB);

    private static DayOfWeek? WeekdayOf(TimexPeriod span, DayOfWeek? named) =>
        span.End.DayNumber - span.Start.DayNumber == 1 ? span.Start.DayOfWeek : named;

    private static bool InPart(TimexPeriod wide, TimexMod mod, TimexPeriod fine)
    {
        if (mod is not (TimexMod.Start or TimexMod.End) || wide == fine || !wide.Contains(fine)) return true;
        var middle = wide.Start.AddDays((wide.End.DayNumber - wide.Start.DayNumber) / 2);
        return mod == TimexMod.Start ? fine.Start < middle : fine.End > middle;
    }

    /// <summary>
    /// The score two compatible dates need: <see cref="MinScore"/> for the same date, <see cref="MinScoreCoarse"/>
    /// when a year-or-coarser date meets a finer one, else <see cref="MinScoreContained"/>.
    /// </summary>
    internal static double MinScoreFor(TimexPeriod a, TimexPeriod b, bool sameDate)
    {
        if (sameDate || a == b) return MinScore;
        var coarse = Math.Min((int)a.Precision, (int)b.Precision) <= (int)DatePrecision.Year;
        return coarse ? MinScoreCoarse : MinScoreContained;
    }

    /// <summary>The date two merged reports share: the date itself, or `finer in wider` (on a tie, a's in b's).</summary>
    internal static string SharedDate(string dateA, TimexPeriod a, string dateB, TimexPeriod b)
    {
        if (dateA == dateB) return dateA;
        var (fine, wide) = a.Precision >= b.Precision ? (dateA, dateB) : (dateB, dateA);
        return $"{fine} in {wide}";
    }
}
