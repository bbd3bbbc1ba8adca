namespace SiteGen.Temporal;

/// <summary>Helpers over TIMEX3 value strings.</summary>
public static class TimexValue
{
    /// <summary>True when the value names a calendar period (day, time, week, month, quarter, season, year, decade, century).</summary>
    public static bool IsCalendar(string value) =>
        value.Length > 0 && char.IsDigit(value[0]);

    /// <summary>The precision of a calendar value; <see cref="DatePrecision.None"/> for vague references and durations.</summary>
    public static DatePrecision PrecisionOf(string value)
    {
        if (!IsCalendar(value)) return DatePrecision.None;
        if (value.Contains('T'))
        {
            var t = value[(value.IndexOf('T') + 1)..];
            return t.Length > 0 && char.IsDigit(t[0]) ? DatePrecision.Time : DatePrecision.DayPart;
        }
        return value.Length switch
        {
            2 => DatePrecision.Century,
            3 => DatePrecision.Decade,
            4 => DatePrecision.Year,
            7 when value[5] == 'Q' => DatePrecision.Quarter,
            7 when char.IsLetter(value[5]) => DatePrecision.Season,
            7 => DatePrecision.Month,
            8 when value[5] == 'W' => DatePrecision.Week,
            10 => DatePrecision.Day,
            _ => DatePrecision.None,
        };
    }
}
