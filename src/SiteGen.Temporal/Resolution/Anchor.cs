using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// A point the text can be resolved against (the document date, or the time the story is at), at the precision it is
/// known: a year, a month, a day, or a day with a clock time (<see cref="Minutes"/>). Expressions that need a finer
/// anchor than this resolve only as far as it allows.
/// </summary>
public sealed record Anchor(int Year, int? Month, int? Day)
{
    /// <summary>Minutes after midnight when a clock time is known (<c>2016-03-22T07:58</c>), else null.</summary>
    public int? Minutes { get; init; }

    /// <summary>How many months a period without a day spans from <see cref="Month"/>: 3 for a quarter, 6 for a half year.</summary>
    public int Months { get; init; } = 1;

    public DatePrecision Precision => Minutes is not null ? DatePrecision.Time
        : Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day of the known period: the anchor used when only a day-level anchor will do.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The anchor written as a value at its own precision (<c>2022-03</c>), never finer than a day.</summary>
    public string Truncated(DatePrecision atMost)
    {
        if (atMost >= DatePrecision.Day && Day is not null) return Format.Day(FirstDay);
        if (atMost >= DatePrecision.Month && Month is not null && Months == 1) return Format.Month(Year, Month.Value);
        return Format.Year(Year);
    }

    /// <summary>The last day of the known period.</summary>
    public DateOnly LastDay => Day is not null ? FirstDay
        : Month is not null ? new DateOnly(Year, Month.Value + Months - 1, DateTime.DaysInMonth(Year, Month.Value + Months - 1))
        : new DateOnly(Year, 12, 31);

    /// <summary>True when this period is over before <paramref name="other"/> begins.</summary>
    public bool EndsBefore(Anchor other) => LastDay < other.FirstDay;

    /// <summary>True when the whole known period of <paramref name="other"/> lies inside this one's (<c>2016-03-22</c> in <c>2016</c>).</summary>
    public bool Contains(Anchor other) =>
        other.Year == Year && (Month is null || other.Month >= Month && other.Month < Month + Months && other.Months <= Months)
        && (Day is null || other.Day == Day);

    /// <summary>
    /// As <see cref="TryParse"/>, and reads a quarter or a half year (<c>2018-Q1</c>, <c>2024-H2</c>) as the months it
    /// spans, and a week or its weekend (<c>2024-W40</c>) as the month that holds its Thursday.
    /// </summary>
    public static Anchor? TryParsePeriod(string? value)
    {
        if (value is { Length: >= 8 } && value[4] == '-' && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), NumberStyles.None,
                CultureInfo.InvariantCulture, out var week) && TryParse(value[..4]) is { } isoYear && week is >= 1 and <= 53
            && week <= ISOWeek.GetWeeksInYear(isoYear.Year))
        {
            var thursday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear.Year, week, DayOfWeek.Thursday));
            return new Anchor(thursday.Year, thursday.Month, null);
        }
        if (value is { Length: 7 } && value[4] == '-' && value[5] is 'Q' or 'H' && TryParse(value[..4]) is { } year)
        {
            var months = value[5] == 'Q' ? 3 : 6;
            var n = value[6] - '0';
            if (n >= 1 && n <= 12 / months) return new Anchor(year.Year, (n - 1) * months + 1, null) { Months = months };
        }
        return TryParse(value);
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and <c>YYYY-MM-DDTHH:MM</c>; anything else after a date is ignored.</summary>
    public static Anchor? TryParse(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return null;
        if (year < 1) return null;
        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12)
            return new Anchor(year, null, null);
        if (value.Length < 10 || value[7] != '-' || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
            return new Anchor(year, month, null);
        var anchor = new Anchor(year, month, day);
        if (value.Length >= 16 && value[10] == 'T' && value[13] == ':'
            && int.TryParse(value.AsSpan(11, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour <= 24
            && int.TryParse(value.AsSpan(14, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute <= 59)
            anchor = anchor with { Minutes = hour * 60 + minute };
        return anchor;
    }
}
