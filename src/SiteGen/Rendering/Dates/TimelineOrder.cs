using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>
/// The order of timeline entries: by the first day of the period each names (<see cref="TimexPeriod"/>); coarse
/// periods sort before the days inside them.
/// </summary>
public static class TimelineOrder
{
    /// <summary>Orders by start, then coarse before fine, then begin/middle/end, so a reader sees the period before its days.</summary>
    public static (int, DateOnly, DatePrecision, int) Key(string? value, TimexMod mod)
    {
        var start = TimexPeriod.StartOf(value);
        var modOrder = mod switch { TimexMod.Start => 0, TimexMod.Mid => 2, TimexMod.End => 3, _ => 1 };
        return start is null ? (1, DateOnly.MinValue, DatePrecision.None, 0) : (0, start.Value, TimexValue.PrecisionOf(value!), modOrder);
    }

    /// <summary>True when the month is known (a week counts as the month of its Monday).</summary>
    public static bool HasMonth(string value) => TimexValue.PrecisionOf(value) >= DatePrecision.Month;
}
