namespace SiteGen.Events;

/// <summary>Binary search over spans sorted by their start, for tokens and mentions alike.</summary>
internal static class SortedSpans
{
    /// <summary>The index of the first item starting at or after <paramref name="position"/> (the length when none does).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
