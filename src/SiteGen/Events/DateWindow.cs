using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// The dates of an article that overlap a span, found by binary search: the tagger's matches come in text order
/// and never overlap, so both their starts and their ends ascend. Scanning every date for every sentence and every
/// event made extraction quadratic in the article (a dense 500 KB article took 37 s; issue 16).
/// </summary>
internal static class DateWindow
{
    /// <summary>The dates that overlap [<paramref name="start"/>, <paramref name="end"/>), in text order.</summary>
    public static IEnumerable<TemporalMatch> Overlapping(IReadOnlyList<TemporalMatch> dates, int start, int end)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < dates.Count && dates[i].Start < end; i++) yield return dates[i];
    }

    /// <summary>The dates that lie wholly inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IEnumerable<TemporalMatch> Inside(IReadOnlyList<TemporalMatch> dates, int start, int end) =>
        Overlapping(dates, start, end).Where(m => m.Start >= start && m.End <= end);
}
