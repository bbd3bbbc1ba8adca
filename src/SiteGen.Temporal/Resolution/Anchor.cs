using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// The document date as a resolution anchor, at the precision it is known: a year, a month, a day or a time.
/// Expressions that need a finer anchor than this resolve only as far as it allows.
/// </summary>
public sealed record Anchor(int Year, int? Month, int? Day)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day of the known period: the anchor used when only a day-level anchor will do.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The anchor written as a value at its own precision (<c>2022-03</c>).</summary>
    public string Truncated(DatePrecision atMost)
    {
        if (atMost >= DatePrecision.Day && Day is not null) return Format.Day(FirstDay);
        if (atMost >= DatePrecision.Month && Month is not null) return Format.Month(Year, Month.Value);
        return Format.Year(Year);
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> and anything longer that starts with a date.</summary>
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
        return new Anchor(year, month, day);
    }
}
