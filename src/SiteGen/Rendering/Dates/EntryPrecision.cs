using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>The precision names and modifier letters the timeline's markup carries (see <see cref="EntryModel"/>).</summary>
public static class EntryPrecision
{
    public static string Of(string? value) => value is null ? "none" : TimexValue.PrecisionOf(value) switch
    {
        DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Season or DatePrecision.Quarter => "season",
        DatePrecision.Year => "year",
        DatePrecision.Decade or DatePrecision.Century => "decade",
        _ => "none",
    };

    public static string ModLetter(TimexMod mod) => mod switch
    {
        TimexMod.Start or TimexMod.Before => "s",
        TimexMod.Mid => "m",
        TimexMod.End or TimexMod.After => "e",
        _ => "",
    };
}
