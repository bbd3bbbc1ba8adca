using System.Globalization;

namespace SiteGen.Temporal;

/// <summary>
/// The days a calendar TIMEX value covers, [Start, End): `2022-02` is 1 Feb to 1 Mar 2022, `2022-W09` its ISO week,
/// `199` the 1990s, `2022-SU` June to August. The one reading of a date value as a period, shared by merging
/// (two reports can be one event only when one period lies inside the other), ordering and rendering. Periods before
/// year 1 (century `00`, decade `000`) start on 1 January of year 1, the first day a <see cref="DateOnly"/> holds.
/// </summary>
public readonly record struct TimexPeriod(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public bool Contains(TimexPeriod other) => Start <= other.Start && other.End <= End;

    /// <summary>Equal, or one inside the other (a day inside a month; a weekday resolved only to the month).</summary>
    public bool CompatibleWith(TimexPeriod other) => Contains(other) || other.Contains(this);

    /// <summary>The period of a calendar value; null for vague references, durations and values that name no day.</summary>
    public static TimexPeriod? Parse(string? value)
    {
        if (value is null) return null;
        var precision = TimexValue.PrecisionOf(value);
        try
        {
            return precision switch
            {
                DatePrecision.Century => Years(Int(value) * 100, 100, precision),
                DatePrecision.Decade => Years(Int(value) * 10, 10, precision),
                DatePrecision.Year => Years(Int(value), 1, precision),
                DatePrecision.Quarter => Months(Int(value[..4]), (value[6] - '1') * 3 + 1, 3, precision),
                DatePrecision.Season => Season(Int(value[..4]), value[5..7]),
                DatePrecision.Month => Months(Int(value[..4]), Int(value[5..7]), 1, precision),
                DatePrecision.Week => Week(Int(value[..4]), Int(value[6..8])),
                DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time => Day(value, precision),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null; // an impossible value from upstream is shown undated rather than failing the build
        }
    }

    /// <summary>The first day of the period <paramref name="value"/> names, or null (see <see cref="Parse"/>).</summary>
    public static DateOnly? StartOf(string? value) => Parse(value)?.Start;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static TimexPeriod Years(int first, int count, DatePrecision precision) =>
        new(new DateOnly(Math.Max(1, first), 1, 1), new DateOnly(first + count, 1, 1), precision);

    private static TimexPeriod Months(int year, int month, int count, DatePrecision precision)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(count), precision);
    }

    private static TimexPeriod? Season(int year, string code) => code switch
    {
        "SP" => Months(year, 3, 3, DatePrecision.Season),
        "SU" => Months(year, 6, 3, DatePrecision.Season),
        "FA" or "AU" => Months(year, 9, 3, DatePrecision.Season),
        "WI" => Months(year, 12, 3, DatePrecision.Season),
        _ => null,
    };

    private static TimexPeriod Week(int year, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(monday, monday.AddDays(7), DatePrecision.Week);
    }

    private static TimexPeriod Day(string value, DatePrecision precision)
    {
        var day = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(day, day.AddDays(1), precision);
    }
}
