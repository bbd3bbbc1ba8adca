using System.Globalization;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// The days a calendar TIMEX value covers, [Start, End) — `2022-02` is 1 Feb to 1 Mar 2022, `2022-W09` its ISO
/// week, `199` the 1990s. Two reports can be the same event only when one span lies inside the other.
/// </summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public bool Contains(DateSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Equal, or one inside the other (a day inside a month; a weekday resolved only to the month).</summary>
    public bool CompatibleWith(DateSpan other) => Contains(other) || other.Contains(this);

    public static DateSpan? Parse(string value)
    {
        var precision = TimexValue.PrecisionOf(value);
        try
        {
            return precision switch
            {
                DatePrecision.Century => Years(int.Parse(value) * 100, 100, precision),
                DatePrecision.Decade => Years(int.Parse(value) * 10, 10, precision),
                DatePrecision.Year => Years(int.Parse(value), 1, precision),
                DatePrecision.Quarter => Months(Year(value), (value[6] - '1') * 3 + 1, 3, precision),
                DatePrecision.Season => Season(Year(value), value[5..7]),
                DatePrecision.Month => Months(Year(value), int.Parse(value[5..7]), 1, precision),
                DatePrecision.Week => Week(Year(value), int.Parse(value[6..8])),
                DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time => Day(value, precision),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static int Year(string value) => int.Parse(value[..4], CultureInfo.InvariantCulture);

    private static DateSpan Years(int first, int count, DatePrecision precision) =>
        new(new DateOnly(first, 1, 1), new DateOnly(first + count, 1, 1), precision);

    private static DateSpan Months(int year, int month, int count, DatePrecision precision)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(count), precision);
    }

    private static DateSpan? Season(int year, string code) => code switch
    {
        "SP" => Months(year, 3, 3, DatePrecision.Season),
        "SU" => Months(year, 6, 3, DatePrecision.Season),
        "FA" or "AU" => Months(year, 9, 3, DatePrecision.Season),
        "WI" => Months(year, 12, 3, DatePrecision.Season),
        _ => null,
    };

    private static DateSpan Week(int year, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(monday, monday.AddDays(7), DatePrecision.Week);
    }

    private static DateSpan Day(string value, DatePrecision precision)
    {
        var day = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(day, day.AddDays(1), precision);
    }
}
