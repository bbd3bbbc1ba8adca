using static SiteGen.CorpusGenerator.DutchCalendar;

namespace SiteGen.CorpusGenerator;

/// <summary>
/// Writes a Dutch expression for a target date as a journalist writing on the publication date would: relative
/// words near the publication date ("gisteren", "dinsdag", "vorige week donderdag"), absolute dates further away,
/// and now and then a coarser one ("eind vorige maand", "in maart 2023", "vorig jaar"). Every expression resolves
/// to the target (at its own precision), so the same event written by several articles can be merged.
/// </summary>
public sealed class DateExpressionWriter(DeterministicRandom random)
{
    public string Write(DateOnly published, DateOnly target)
    {
        var days = published.DayNumber - target.DayNumber;
        if (random.Chance(0.12))
        {
            return Coarse(published, target);
        }

        return days switch
        {
            0 => random.Pick(["vandaag", "vanochtend", "vanmiddag", "vanavond", "eerder vandaag"]),
            1 => random.Pick(["gisteren", "gisteravond", "gistermiddag", Weekday(target)]),
            -1 => random.Pick(["morgen", "morgenochtend", "morgenavond"]),
            > 1 and < 7 when WeekStart(target) == WeekStart(published) =>
                random.Pick([Weekday(target), $"afgelopen {Weekday(target)}", $"{Weekday(target)}{random.Pick(DayParts)}"]),
            > 1 and < 14 when WeekStart(target) == WeekStart(published).AddDays(-7) =>
                random.Pick([$"vorige week {Weekday(target)}", $"afgelopen {Weekday(target)}", $"{Weekday(target)} {DayMonth(target)}"]),
            < -1 and > -7 when WeekStart(target) == WeekStart(published) => random.Pick([$"komende {Weekday(target)}", Weekday(target)]),
            < -1 and > -14 => random.Pick([$"volgende week {Weekday(target)}", $"op {DayMonth(target)}"]),
            _ => Absolute(published, target),
        };
    }

    /// <summary>An expression for a whole month or year, used for background and for coarse reporting.</summary>
    public string Coarse(DateOnly published, DateOnly target)
    {
        var months = (published.Year * 12 + published.Month) - (target.Year * 12 + target.Month);
        if (months == 1)
        {
            return target.Day switch
            {
                >= 21 => "eind vorige maand",
                <= 10 => "begin vorige maand",
                _ => "vorige maand",
            };
        }

        if (months == 0)
        {
            return target.Day <= 10 ? "begin deze maand" : $"deze maand";
        }

        if (published.Year - target.Year == 1 && random.Chance(0.4))
        {
            return random.Pick(["vorig jaar", $"in {Month(target)} vorig jaar", $"afgelopen {Season(target.Month)}"]);
        }

        if (published.Year == target.Year && months > 0)
        {
            return random.Pick([$"in {Month(target)}", $"begin dit jaar", $"half {Month(target)}"]) switch
            {
                "begin dit jaar" when target.Month > 3 => $"in {Month(target)}",
                var s when s.StartsWith("half", StringComparison.Ordinal) && target.Day is < 10 or > 20 => $"in {Month(target)}",
                var s => s,
            };
        }

        return random.Pick([$"in {Month(target)} {target.Year}", $"in {target.Year}", $"eind {Month(target)} {target.Year}"]) switch
        {
            var s when s.StartsWith("eind", StringComparison.Ordinal) && target.Day < 21 => $"in {Month(target)} {target.Year}",
            var s => s,
        };
    }

    private string Absolute(DateOnly published, DateOnly target)
    {
        var sameYear = published.Year == target.Year;
        return random.Next(6) switch
        {
            0 => $"{Weekday(target)} {DayMonth(target)}",
            1 => $"{target.Day:00}-{target.Month:00}-{target.Year}",
            2 => $"{target.Day}-{target.Month}-{target.Year}",
            3 when sameYear => DayMonth(target),
            _ => sameYear ? $"op {DayMonth(target)}" : $"op {DayMonthYear(target)}",
        };
    }
}
