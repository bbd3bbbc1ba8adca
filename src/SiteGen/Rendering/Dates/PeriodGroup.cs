using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>
/// The headings an entry sits under on the timeline: its <see cref="Year"/> group (a year, or a decade or century
/// known only as such) and inside it its <see cref="Key"/> group: the month for anything dated to a month or finer,
/// else the coarse period with its modifier (<c>2022-y-begin</c>, <c>2022-q1</c>, <c>2022-y</c>), so that every
/// group is one unbroken run of <see cref="TimelineOrder"/>. <see cref="Month"/> is <c>2022-03</c> for month groups.
/// </summary>
public readonly record struct PeriodGroup(string Year, string Key, string? Month, string Value, TimexMod Mod)
{
    public static PeriodGroup? Of(string? value, TimexMod mod)
    {
        if (TimexPeriod.Parse(value) is not { } period) return null;
        var (start, end) = (period.Start, period.End);
        var precision = TimexValue.PrecisionOf(value!);
        var opens = TimelineOrder.OpensPeriod(mod);
        if (precision >= DatePrecision.Month)
        {
            // A week belongs to the month of the day it is placed at: its Monday when it opens, else its Sunday.
            var month = precision == DatePrecision.Week ? MonthOf(opens ? start : end.AddDays(-1)) : value![..7];
            return new PeriodGroup(month[..4], month, month, month, TimexMod.None);
        }
        var suffix = Suffix(mod);
        if (precision <= DatePrecision.Year)
            return new PeriodGroup(precision < DatePrecision.Year && opens ? value + suffix : value!, value + "-y" + suffix, null, value!, mod);
        // A season or quarter sits in the year of the day it is placed at (winter 2022 closes in February 2023).
        var day = opens ? start : end.AddDays(-1);
        return new PeriodGroup(YearOf(day), value!.ToLowerInvariant() + suffix, null, value, mod);
    }

    /// <summary>The modifiers that get a group of their own; the others (<c>rond</c>) join the bare period.</summary>
    public static string Suffix(TimexMod mod) => mod switch
    {
        TimexMod.Start => "-begin",
        TimexMod.Before => "-voor",
        TimexMod.Mid => "-half",
        TimexMod.End => "-eind",
        TimexMod.After => "-na",
        _ => "",
    };

    /// <summary>The modifier a group of coarse entries is headed by (none for the bare period).</summary>
    public TimexMod HeadingMod => Suffix(Mod).Length > 0 ? Mod : TimexMod.None;

    private static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string YearOf(DateOnly day) => day.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
