using System.Globalization;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>
/// Turns a TIMEX value into a reader's date label at exactly the precision known: <c>4 februari 2022</c>,
/// <c>februari 2022</c>, <c>week 9, 2022</c>, <c>begin februari 2022</c>, <c>eerste kwartaal 2023</c>,
/// <c>lente 2023</c>, <c>jaren negentig</c>, <c>21e eeuw</c>, <c>2024 (geschat)</c>. Words come from <see cref="UiStrings"/>.
/// </summary>
public sealed class DateLabeler(UiStrings strings)
{
    public string Label(string value, TimexMod mod = TimexMod.None, bool estimated = false)
    {
        var label = Bare(value);
        var modName = TimexNames.Mod(mod);
        if (modName is not null && strings.HasLookup("date_mods", modName))
            label = strings.Lookup("date_mods", modName).Replace("{label}", label);
        return estimated ? strings.Text("date_estimated").Replace("{label}", label) : label;
    }

    /// <summary>
    /// A compact label for naming an article by its date (<c>4 feb. 2022</c>, <c>feb. 2022</c>); a coarser value is
    /// labelled as by <see cref="Label"/>.
    /// </summary>
    public string Short(string value) => TimexValue.PrecisionOf(value) switch
    {
        DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time => Fill("date_day", value)
            .Replace("{month}", strings.Item("months_short", Int(value[5..7]) - 1))
            .Replace("{day}", Int(value[8..10]).ToString(CultureInfo.InvariantCulture)),
        DatePrecision.Month => Fill("date_month", value).Replace("{month}", strings.Item("months_short", Int(value[5..7]) - 1)),
        _ => Bare(value),
    };

    private string Bare(string value)
    {
        var precision = TimexValue.PrecisionOf(value);
        return precision switch
        {
            DatePrecision.Century => strings.Text("date_century").Replace("{century}", (Int(value) + 1).ToString(CultureInfo.InvariantCulture)),
            DatePrecision.Decade => Decade(value),
            DatePrecision.Year => strings.Text("date_year").Replace("{year}", value),
            DatePrecision.Season => Fill("date_season", value).Replace("{season}", strings.Lookup("seasons", value[5..])),
            DatePrecision.Quarter => Fill("date_quarter", value).Replace("{quarter}", strings.Item("quarters", value[6] - '1')),
            DatePrecision.Month => Fill("date_month", value).Replace("{month}", Month(value)),
            DatePrecision.Week => Fill("date_week", value).Replace("{week}", Int(value[6..8]).ToString(CultureInfo.InvariantCulture)),
            DatePrecision.Day => Day(value),
            DatePrecision.DayPart => strings.Text("date_daypart").Replace("{date}", Day(value[..10]))
                .Replace("{daypart}", strings.Lookup("dayparts", value[11..])),
            DatePrecision.Time => strings.Text("date_time").Replace("{date}", Day(value[..10])).Replace("{time}", value[11..]),
            _ => strings.HasLookup("vague", value) ? strings.Lookup("vague", value) : value,
        };
    }

    private string Day(string value) =>
        Fill("date_day", value).Replace("{month}", Month(value))
            .Replace("{day}", Int(value[8..10]).ToString(CultureInfo.InvariantCulture));

    private string Month(string value) => strings.Item("months", Int(value[5..7]) - 1);

    private string Fill(string key, string value) => strings.Text(key).Replace("{year}", value[..4]);

    /// <summary>Decades of the 20th century read as <c>jaren negentig</c>; others need the century to be unambiguous.</summary>
    private string Decade(string value) => value[..2] == "19"
        ? strings.Item("decades", value[2] - '0')
        : strings.Text("date_decade").Replace("{decade}", value + "0");

    /// <summary>A duration with numbers only (<c>P3D</c>, <c>PT4H</c>); <c>PXW</c> ("some weeks") has no HTML form.</summary>
    private static bool IsExactDuration(string value) =>
        value.Length > 2 && value[0] == 'P' && (char.IsDigit(value[1]) || value[1] == 'T') && !value.Contains('X');

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>
    /// A value valid in HTML's <c>datetime</c> attribute for <paramref name="value"/>: HTML has days, months, years,
    /// weeks and times but no quarters, seasons, decades or dayparts, which fall back to the enclosing period.
    /// </summary>
    public static string? HtmlDateTime(string value)
    {
        return TimexValue.PrecisionOf(value) switch
        {
            DatePrecision.Day or DatePrecision.Month or DatePrecision.Year or DatePrecision.Week or DatePrecision.Time => value,
            DatePrecision.DayPart => value[..10],
            DatePrecision.Season or DatePrecision.Quarter => value[..4],
            DatePrecision.Decade => value + "0",
            DatePrecision.Century => value + "00",
            _ => IsExactDuration(value) ? value : null,
        };
    }
}
