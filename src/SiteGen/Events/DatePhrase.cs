using System.Globalization;
using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// Writes a calendar TIMEX value as a Dutch date phrase that needs no day of writing: `vorig jaar` in a text of
/// 2024 becomes `2023`, `maandag` becomes `14 maart 2022`, `eind vorig jaar` becomes `eind 2023`. An event text keeps
/// such a phrase where it cannot drop the date.
/// </summary>
internal static class DatePhrase
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Quarters = ["eerste", "tweede", "derde", "vierde"];

    /// <summary>The phrase, with `in`/`op` before it when <paramref name="needsPreposition"/>; null for values it cannot write.</summary>
    public static string? Of(string value, TimexMod mod, bool needsPreposition)
    {
        var precision = TimexValue.PrecisionOf(value);
        string? bare;
        try
        {
            bare = precision switch
            {
                DatePrecision.Decade => $"de jaren {value}0",
                DatePrecision.Year => value,
                DatePrecision.Quarter => $"het {Quarters[value[6] - '1']} kwartaal van {value[..4]}",
                DatePrecision.Season => value[5..7] switch
                {
                    "SP" => $"het voorjaar van {value[..4]}",
                    "SU" => $"de zomer van {value[..4]}",
                    "FA" or "AU" => $"het najaar van {value[..4]}",
                    "WI" => $"de winter van {value[..4]}",
                    _ => null,
                },
                DatePrecision.Month => $"{Months[int.Parse(value[5..7], CultureInfo.InvariantCulture) - 1]} {value[..4]}",
                DatePrecision.Week => $"week {int.Parse(value[6..8], CultureInfo.InvariantCulture)} van {value[..4]}",
                DatePrecision.Day or DatePrecision.DayPart or DatePrecision.Time =>
                    $"{int.Parse(value[8..10], CultureInfo.InvariantCulture)} {Months[int.Parse(value[5..7], CultureInfo.InvariantCulture) - 1]} {value[..4]}",
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
        if (bare is null) return null;
        var part = mod switch
        {
            TimexMod.Start => "begin ",
            TimexMod.End => "eind ",
            TimexMod.Mid => "medio ",
            _ => "",
        };
        if (part.Length > 0 && precision is DatePrecision.Year or DatePrecision.Month) return part + bare;
        // `aan het eind van de zomer` stays at the end of that summer.
        if (part.Length > 0 && precision is DatePrecision.Season or DatePrecision.Quarter)
            return $"aan het {part.Trim() switch { "begin" => "begin", "eind" => "eind", _ => "midden" }} van {bare}";
        if (!needsPreposition) return bare;
        return (precision >= DatePrecision.Day ? "op " : "in ") + bare;
    }
}
