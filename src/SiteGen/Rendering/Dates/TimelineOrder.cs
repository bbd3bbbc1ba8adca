using System.Globalization;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>
/// Where a TIMEX value sits in time, for ordering and grouping: the first day of the period it names
/// (a season starts in its first month, a week on its ISO Monday). Coarse periods sort before the days inside them.
/// </summary>
public static class TimelineOrder
{
    public static DateOnly? StartOf(string? value)
    {
        if (value is null) return null;
        var precision = TimexValue.PrecisionOf(value);
        try
        {
            return precision switch
            {
                DatePrecision.Century => new DateOnly(Math.Max(1, Int(value) * 100), 1, 1),
                DatePrecision.Decade => new DateOnly(Math.Max(1, Int(value) * 10), 1, 1),
                DatePrecision.Year => new DateOnly(Int(value), 1, 1),
                DatePrecision.Season => new DateOnly(Int(value[..4]), SeasonMonth(value[5..]), 1),
                DatePrecision.Quarter => new DateOnly(Int(value[..4]), (value[6] - '1') * 3 + 1, 1),
                DatePrecision.Month => new DateOnly(Int(value[..4]), Int(value[5..7]), 1),
                DatePrecision.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(Int(value[..4]), Int(value[6..8]), DayOfWeek.Monday)),
                DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time =>
                    new DateOnly(Int(value[..4]), Int(value[5..7]), Int(value[8..10])),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // an impossible value from upstream is shown undated rather than crashing the build
        }
    }

    /// <summary>Orders by start, then coarse before fine, then begin/middle/end, so a reader sees the period before its days.</summary>
    public static (int, DateOnly, DatePrecision, int) Key(string? value, TimexMod mod)
    {
        var start = StartOf(value);
        var modOrder = mod switch { TimexMod.Start => 0, TimexMod.Mid => 2, TimexMod.End => 3, _ => 1 };
        return start is null ? (1, DateOnly.MinValue, DatePrecision.None, 0) : (0, start.Value, TimexValue.PrecisionOf(value!), modOrder);
    }

    /// <summary>True when the month is known (a week counts as the month of its Monday).</summary>
    public static bool HasMonth(string value) => TimexValue.PrecisionOf(value) >= DatePrecision.Month;

    private static int SeasonMonth(string season) => season switch { "SP" => 3, "SU" => 6, "FA" or "AU" => 9, _ => 12 };

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
