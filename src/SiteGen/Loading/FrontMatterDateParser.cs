using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Loading;

/// <summary>
/// Validates a front-matter <c>date</c> and turns it into a TIMEX3 value at the precision written:
/// <c>2022</c>, <c>2022-02</c>, <c>2022-02-04</c>, <c>2022-02-04T15:36</c>. Seconds and time zones are dropped:
/// a timeline of news needs minutes at most, and the article's own local time is what the reader saw.
/// (The temporal library has no front-matter parser of its own, so this small one lives here.)
/// </summary>
public static partial class FrontMatterDateParser
{
    public const string ValidForms = "2022-02-04, 2022-02-04 15:36, 2022-02-04T15:36:00+01:00 or 2022-02 for a month";

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$")]
    private static partial Regex DatePattern();

    /// <summary>The TIMEX3 value, or null with <paramref name="problem"/> saying what is wrong in words a writer understands.</summary>
    public static string? TryParse(string raw, out string problem)
    {
        problem = "";
        var text = raw.Trim();
        var m = text.Length <= 40 ? DatePattern().Match(text) : Match.Empty;
        if (!m.Success)
        {
            problem = $"'{Shorten(text)}' is not a date in a form SiteGen reads";
            return null;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1) { problem = $"'{text}' has year 0"; return null; }
        if (!m.Groups["m"].Success) return year.ToString("D4", CultureInfo.InvariantCulture);

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) { problem = $"'{text}' has month {month}; months run from 01 to 12"; return null; }
        var yearMonth = $"{year:D4}-{month:D2}";
        if (!m.Groups["d"].Success) return yearMonth;

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            problem = $"'{text}' is not a day of the calendar ({yearMonth} has {daysInMonth} days)";
            return null;
        }
        var date = $"{yearMonth}-{day:D2}";
        if (!m.Groups["h"].Success) return date;

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59) { problem = $"'{text}' has the impossible time {hour:D2}:{minute:D2}"; return null; }
        return $"{date}T{hour:D2}:{minute:D2}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
