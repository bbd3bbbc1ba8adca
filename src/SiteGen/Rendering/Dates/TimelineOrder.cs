using System.Globalization;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>
/// Where a TIMEX value sits in time (its <see cref="TimexPeriod"/>), for ordering and grouping. Within any period a reader meets, in this order,
/// what happened at its start (<c>begin maart</c>), its dated days (a day before its dayparts and times), its
/// middle (<c>half maart</c>), its end (<c>eind maart</c>) and last what is known only to the period itself
/// (<c>ergens in maart</c>), so the coarse items close the period they belong to instead of opening it. The
/// same holds for every level: a year opens with <c>begin 2022</c> and closes with its months' coarse items, then
/// <c>half</c>, <c>eind</c> and <c>ergens in 2022</c>.
/// </summary>
public static class TimelineOrder
{
    /// <summary>
    /// The sort key: undated last; then the day a value is placed at and what comes first on that day. A coarse value
    /// opened by <c>begin</c> (or <c>vóór</c>) is placed at its first day, the coarser first, before any day dated
    /// there; any other coarse value is placed at the day after its period, before everything dated that day, the
    /// finer period first and within one period <c>half</c>, <c>eind</c>, the bare period, then <c>na</c>. Days,
    /// dayparts and times are placed at their day, the day before its parts of the day.
    /// </summary>
    public static (int Undated, DateOnly Day, int Slot, int Level, int Within) Key(string? value, TimexMod mod)
    {
        if (TimexPeriod.Parse(value) is not { } period) return (1, DateOnly.MinValue, 0, 0, 0);
        var start = period.Start;
        var precision = TimexValue.PrecisionOf(value!);
        if (precision >= DatePrecision.Day) return (0, start, 2, 0, MinuteOfDay(value!, precision));
        if (OpensPeriod(mod)) return (0, start, 1, (int)precision, 0);
        var within = mod switch { TimexMod.Mid => 0, TimexMod.End => 1, TimexMod.After => 3, _ => 2 };
        return (0, period.End, 0, -(int)precision, within);
    }

    /// <summary>Whether a coarse value with this modifier is placed at the start of its period.</summary>
    public static bool OpensPeriod(TimexMod mod) => mod is TimexMod.Start or TimexMod.Before;

    // A day itself first (0), then its parts in the order of the day: 'smorgens, 's middags, 's avonds, 's nachts, or the time.
    private static int MinuteOfDay(string value, DatePrecision precision) => precision switch
    {
        DatePrecision.DayPart => 1 + value[11..] switch { "MO" => 6 * 60, "AF" => 12 * 60, "EV" => 18 * 60, "NI" => 23 * 60, _ => 0 },
        DatePrecision.Time when value.Length >= 16 => 1 + Int(value[11..13]) * 60 + Int(value[14..16]),
        _ => 0,
    };

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
