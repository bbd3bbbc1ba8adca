using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>TIMEX3 value spellings of calendar periods.</summary>
public static class Format
{
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:D2}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";
}
