using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Temporal;

/// <summary>
/// Reads a document date written by a person (front matter, <c>--dct</c>): <c>2022-02-04</c>,
/// <c>2022-02-04T15:36</c>, <c>2022-02-04 15:36</c> (seconds and a zone are accepted and dropped), <c>2022-02</c>
/// or <c>2022</c>. The value keeps the precision given.
/// </summary>
public static partial class DocumentDateParser
{
    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$")]
    private static partial Regex Shape();

    public static bool TryParse(string? text, out DocumentDate? date, out string error, string source = "front-matter")
    {
        date = null;
        var trimmed = text?.Trim().Trim('"', '\'') ?? "";
        var m = Shape().Match(trimmed);
        if (!m.Success)
        {
            error = $"'{text}' is not a date: write YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM or YYYY";
            return false;
        }
        int Num(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var year = Num("y");
        var value = m.Groups["y"].Value;
        if (year < 1) { error = $"'{text}': year {year} does not exist"; return false; }
        if (m.Groups["m"].Success)
        {
            var month = Num("m");
            if (month is < 1 or > 12) { error = $"'{text}': there is no month {month}"; return false; }
            value += "-" + m.Groups["m"].Value;
            if (m.Groups["d"].Success)
            {
                var day = Num("d");
                var days = DateTime.DaysInMonth(year, month);
                if (day < 1 || day > days) { error = $"'{text}': {year}-{month:D2} has days 1 to {days}, not {day}"; return false; }
                value += "-" + m.Groups["d"].Value;
                if (m.Groups["h"].Success)
                {
                    var (hour, minute) = (Num("h"), Num("min"));
                    if (hour > 23 || minute > 59) { error = $"'{text}': {hour:D2}:{minute:D2} is not a time of day"; return false; }
                    value += $"T{m.Groups["h"].Value}:{m.Groups["min"].Value}";
                }
            }
        }
        date = new DocumentDate(value, false, source);
        error = "";
        return true;
    }
}
