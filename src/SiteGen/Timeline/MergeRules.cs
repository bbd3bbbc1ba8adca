using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// When two reports from different articles are the same real-world event. Conservative: two reports join only when
/// their dates are compatible (equal, or one inside the other), they share at least one actor AND one key word, and
/// the shared evidence scores at least <see cref="MinScore"/> (<see cref="MinScoreCoarse"/> when a year-or-coarser
/// date meets a finer one, since a year contains a great many days). <see cref="IndexedEventMerger"/> applies these
/// rules to a whole timeline; <see cref="DateRefiner"/> uses them to refine a document date.
/// </summary>
public static class MergeRules
{
    public const double MinScore = 4;

    public const double MinScoreCoarse = 6;

    /// <summary>A merge strong enough to move another article's document date (see <see cref="DateRefiner"/>).</summary>
    public static bool IsStrong(MergeReason reason) => reason.Score >= 6 && reason.SharedActors.Count >= 2;

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are one event, or null when they are not.</summary>
    public static MergeReason? Compare(ExtractedEvent a, ExtractedEvent b)
    {
        if (TimexPeriod.Parse(a.Event.Date) is not { } sa || TimexPeriod.Parse(b.Event.Date) is not { } sb) return null;
        if (!sa.CompatibleWith(sb)) return null;
        var actors = a.ContextActors.Intersect(b.ContextActors, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var words = KeyWords.Shared(a.KeyWords, b.KeyWords);
        if (actors.Count == 0 || words.Count == 0) return null;
        double score = actors.Count + words.Count + (a.Event.Date == b.Event.Date ? 1 : 0);
        if (score < MinScoreFor(sa, sb)) return null;
        return new MergeReason(SharedDate(a.Event.Date, sa, b.Event.Date, sb), actors, words, score);
    }

    /// <summary>
    /// The score two compatible dates need: <see cref="MinScoreCoarse"/> when a year-or-coarser date meets a finer
    /// one.
    /// </summary>
    internal static double MinScoreFor(TimexPeriod a, TimexPeriod b)
    {
        var coarse = a.Precision != b.Precision && Math.Min((int)a.Precision, (int)b.Precision) <= (int)DatePrecision.Year;
        return coarse ? MinScoreCoarse : MinScore;
    }

    /// <summary>The date two merged reports share: the date itself, or `finer in wider` (on a tie, a's in b's).</summary>
    internal static string SharedDate(string dateA, TimexPeriod a, string dateB, TimexPeriod b)
    {
        if (dateA == dateB) return dateA;
        var (fine, wide) = a.Precision >= b.Precision ? (dateA, dateB) : (dateB, dateA);
        return $"{fine} in {wide}";
    }
}
