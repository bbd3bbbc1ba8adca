using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// The day a holiday falls on in a given year, from the rule written in the language's holiday table:
/// <c>fixed:MM-DD</c> (with <c>:sun-1</c> when a Sunday moves it a day back, as Koningsdag), <c>easter:N</c>
/// (N days after Easter Sunday, Gregorian), <c>nth:N:D:MM</c> (the N-th ISO weekday D of month MM).
/// </summary>
public static class HolidayCalendar
{
    /// <summary>The day in <paramref name="year"/>, or null when the rule cannot be read or the day does not exist.</summary>
    public static DateOnly? On(string rule, int year)
    {
        if (year is < 1 or > 9999) return null;
        var parts = rule.Split(':');
        try
        {
            switch (parts[0])
            {
                case "fixed" when parts.Length >= 2:
                    var day = new DateOnly(year, Int(parts[1][..2]), Int(parts[1][3..]));
                    return parts.Length == 3 && parts[2] == "sun-1" && day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
                case "easter" when parts.Length == 2:
                    return Easter(year).AddDays(Int(parts[1]));
                case "nth" when parts.Length == 4:
                    var (n, isoDay, month) = (Int(parts[1]), Int(parts[2]), Int(parts[3]));
                    var first = new DateOnly(year, month, 1);
                    var found = first.AddDays((isoDay - (((int)first.DayOfWeek + 6) % 7 + 1) + 7) % 7 + 7 * (n - 1));
                    return found.Month == month ? found : null;
                default:
                    return null;
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The month and day (<c>12-25</c>) of a fixed holiday: what can be said without a year.</summary>
    public static string? MonthDay(string rule) => rule.StartsWith("fixed:", StringComparison.Ordinal) && rule.Length >= 11 ? rule[6..11] : null;

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
