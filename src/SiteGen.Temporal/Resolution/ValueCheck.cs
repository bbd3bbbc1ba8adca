using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>Rejects values that name no real period: <c>2022-02-31</c>, month 13, <c>25:70</c>.</summary>
public static class ValueCheck
{
    public static bool IsPlausible(string value)
    {
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
}
