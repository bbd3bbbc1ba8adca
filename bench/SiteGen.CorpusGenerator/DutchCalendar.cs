namespace SiteGen.CorpusGenerator;

/// <summary>Dutch names for months and weekdays, and the few date formats news sites use.</summary>
public static class DutchCalendar
{
    public static readonly string[] Months =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    public static readonly string[] ShortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    // Indexed by DayOfWeek (Sunday = 0).
    public static readonly string[] Weekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    public static readonly string[] DayParts = ["ochtend", "middag", "avond", "nacht"];

    public static string Month(DateOnly d) => Months[d.Month - 1];

    public static string Weekday(DateOnly d) => Weekdays[(int)d.DayOfWeek];

    public static string DayMonth(DateOnly d) => $"{d.Day} {Month(d)}";

    public static string DayMonthYear(DateOnly d) => $"{d.Day} {Month(d)} {d.Year}";

    /// <summary>Monday of the ISO week holding <paramref name="d"/>; Dutch weeks start on Monday.</summary>
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Season(int month) => month switch
    {
        12 or 1 or 2 => "winter",
        3 or 4 or 5 => "voorjaar",
        6 or 7 or 8 => "zomer",
        _ => "najaar",
    };
}
