using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>Rejects values that name no real period: <c>2022-02-31</c>, <c>XXXX-04-31</c>, month 13, <c>25:70</c>.</summary>
public static class ValueCheck
{
    public static bool IsPlausible(string value)
    {
        if (value.Length == 10 && value.StartsWith("XXXX-", StringComparison.Ordinal)) return Problem(value) is null;
        if (value.Length < 7 || !char.IsAsciiDigit(value[0]) || value[4] != '-') return true;
        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!char.IsAsciiDigit(value[5])) return true;
        if (!int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return false;
        if (value.Length < 10) return value.Length == 7;
        if (!int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        if (value.Length <= 11 || value[10] != 'T' || !char.IsAsciiDigit(value[11])) return true;
        return value.Length >= 16
            && int.TryParse(value.AsSpan(11, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour <= 24
            && int.TryParse(value.AsSpan(14, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute <= 59;
    }

    /// <summary>The most days <paramref name="month"/> has in any year (29 for February).</summary>
    public static int MostDays(int month) => DateTime.DaysInMonth(2000, month);

    /// <summary>
    /// Why a day value names no day, for a reader (<c>February 2022 has 28 days, not 31</c>); null when it is a real
    /// day or not a day value at all.
    /// </summary>
    public static string? Problem(string value)
    {
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1)
            return null;
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        if (value.StartsWith("XXXX", StringComparison.Ordinal))
        {
            if (day <= MostDays(month)) return null;
            return month == 2 ? $"{name} has at most {MostDays(month)} days, not {day}" : $"{name} has {MostDays(month)} days, not {day}";
        }
        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1) return null;
        var days = DateTime.DaysInMonth(year, month);
        return day <= days ? null : $"{name} {year} has {days} days, not {day}";
    }
}
