using System.Globalization;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// The language-free functions that value templates call (<c>@rel(day,-1)</c>, <c>@weekday(3,past)</c>).
/// Each resolves against the anchor; when the anchor is too coarse the result is the anchor truncated to what it
/// supports, flagged as coarsened. Without an anchor the result keeps the unknown parts as <c>X</c>.
/// </summary>
public static class ResolutionFunctions
{
    public static readonly IReadOnlySet<string> Names =
        new HashSet<string>(StringComparer.Ordinal) { "rel", "ref", "clock", "weekday", "month", "monthday", "season", "quarter", "weekend", "nthweekday", "holiday", "dayof", "rangestart", "weekin", "shift" };

    public static readonly IReadOnlySet<string> Units =
        new HashSet<string>(StringComparer.Ordinal) { "day", "week", "month", "quarter", "year", "decade", "century", "hour", "minute" };

    /// <summary>
    /// Calls <paramref name="function"/>. <paramref name="anchor"/> is the document date; <paramref name="story"/> is where the
    /// text is (<c>@ref</c> counts from it, and a day named without a year takes the story's year when only that year
    /// fits its weekday or it repeats the story's own day); without a story everything counts from the document date.
    /// </summary>
    public static CallResult Call(string function, string[] args, Anchor? anchor, Direction tense, StoryAnchors? story = null)
    {
        story ??= StoryAnchors.None;
        try
        {
            return function switch
            {
                "rel" when args.Length == 2 => Relative(args[0], Int(args[1]), anchor),
                "ref" when args.Length == 2 => Relative(args[0], Int(args[1]), story.For(args[0]) ?? anchor),
                "clock" when args.Length >= 2 => Clock(Int(args[0]), args[1].Length == 0 ? 0 : Int(args[1]), args.Length > 2 ? args[2] : ""),
                "weekday" => Weekday(Int(args[0]), Dir(args, 1, tense), Strict(args, 1), anchor),
                "month" => MonthOf(Int(args[0]), Dir(args, 1, tense), Strict(args, 1), anchor),
                "monthday" => MonthDay(Int(args[0]), Int(args[1]), Dir(args, 2, tense), !Explicit(args, 2), anchor,
                    args.Length > 3 && args[3].Length > 0 ? Int(args[3]) : 0, story),
                "season" => Season(args[0], Dir(args, 1, tense), Strict(args, 1), anchor, Near(args, 1)),
                "quarter" => anchor is null ? new("XXXX-Q" + args[0], true) : new(Format.Year(anchor.Year) + "-Q" + Int(args[0])),
                "weekend" => Weekend(Dir(args, 0, tense), Strict(args, 0), anchor),
                "nthweekday" when args.Length == 4 => NthWeekday(Int(args[0]), Int(args[1]), Int(args[2]), args[3], tense, anchor),
                "holiday" => Holiday(args[0], args.Length > 1 ? args[1] : "", Dir(args, 2, tense), Strict(args, 2), anchor),
                "dayof" when args.Length == 2 => DayOf(args[0], args[1]),
                "rangestart" when args.Length == 4 => RangeStart(Int(args[0]), Int(args[1]), args[2], Int(args[3])),
                "weekin" when args.Length == 2 => WeekdayIn(Int(args[0]), Int(args[1]), anchor),
                "shift" when args.Length == 2 => Shift(args[0], Int(args[1])),
                _ => default,
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return default;
        }
    }

    private static int Int(string text) => int.Parse(text.Replace("+", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // "past"/"future" include the period holding the anchor, "before"/"after" skip it; anything else follows the tense
    private static Direction Dir(string[] args, int index, Direction tense) =>
        index < args.Length && args[index] is "future" or "after" ? Direction.Future
        : index < args.Length && args[index] is "past" or "before" ? Direction.Past : tense;

    private static bool Strict(string[] args, int index) => index < args.Length && args[index] is "before" or "after";

    // "near": the nearest such period either way ("deze winter" in November is the coming one, in March the one just over)
    private static bool Near(string[] args, int index) => index < args.Length && args[index] == "near";

    private static bool Explicit(string[] args, int index) => index < args.Length && args[index] is "past" or "future" or "before" or "after";

    private static CallResult Relative(string unit, int n, Anchor? anchor)
    {
        if (anchor is null)
            return new(unit switch { "day" or "hour" or "minute" => "XXXX-XX-XX", "week" => "XXXX-WXX", "month" => "XXXX-XX", "quarter" => "XXXX-QX", _ => "XXXX" }, true);
        switch (unit)
        {
            // "een uur later": a clock time needs one to count from; without it the day is all that is known
            case "hour" or "minute" when anchor.Minutes is null: return new(anchor.Truncated(DatePrecision.Day), true);
            case "hour" or "minute":
                var at = anchor.FirstDay.ToDateTime(TimeOnly.MinValue).AddMinutes(anchor.Minutes.Value + (unit == "hour" ? 60 : 1) * n);
                return new(at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            case "day" when anchor.Day is null: return new(anchor.Truncated(DatePrecision.Month), true);
            case "day": return new(Format.Day(anchor.FirstDay.AddDays(n)));
            case "week" when anchor.Day is null: return new(anchor.Truncated(DatePrecision.Year), true);
            case "week": return new(Format.Week(anchor.FirstDay.AddDays(7 * n)));
            case "month" or "quarter" when anchor.Month is null: return new(anchor.Truncated(DatePrecision.Year), true);
            case "month":
                var m = anchor.FirstDay.AddMonths(n);
                return new(Format.Month(m.Year, m.Month));
            case "quarter":
                var q = (anchor.Year * 4) + ((anchor.Month!.Value - 1) / 3) + n;
                return new(Format.Quarter(q / 4, (q % 4) + 1));
            case "year": return new(Format.Year(anchor.Year + n));
            case "decade": return new(((anchor.Year / 10) + n).ToString(CultureInfo.InvariantCulture));
            case "century": return new(((anchor.Year / 100) + n).ToString(CultureInfo.InvariantCulture));
            default: return default;
        }
    }

    private static CallResult Weekday(int isoDay, Direction dir, bool strict, Anchor? anchor)
    {
        if (isoDay is < 1 or > 7) return default;
        if (anchor is null) return new($"XXXX-WXX-{isoDay}", true);
        if (anchor.Day is null) return new(anchor.Truncated(DatePrecision.Month), true);
        var day = anchor.FirstDay;
        var current = ((int)day.DayOfWeek + 6) % 7 + 1;
        var shift = dir == Direction.Past ? -((current - isoDay + 7) % 7) : (isoDay - current + 7) % 7;
        if (strict && shift == 0) shift = dir == Direction.Past ? -7 : 7;
        return new(Format.Day(day.AddDays(shift)));
    }

    // "volgende week woensdag": the weekday inside the week so many weeks from the anchor's, whichever side of the anchor it falls
    private static CallResult WeekdayIn(int isoDay, int weeks, Anchor? anchor)
    {
        if (isoDay is < 1 or > 7) return default;
        if (anchor is null) return new($"XXXX-WXX-{isoDay}", true);
        if (anchor.Day is null) return new(anchor.Truncated(DatePrecision.Month), true);
        var day = anchor.FirstDay;
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(Format.Day(monday.AddDays(7 * weeks + isoDay - 1)));
    }

    private static CallResult MonthOf(int month, Direction dir, bool strict, Anchor? anchor)
    {
        if (month is < 1 or > 12) return default;
        if (anchor is null) return new($"XXXX-{month:D2}", true);
        // a year-only anchor is read as its first month: the document cannot be older than that
        var current = anchor.Month ?? 1;
        var same = month == current && !strict;
        var year = dir == Direction.Past ? (month < current || same ? anchor.Year : anchor.Year - 1)
            : (month > current || same ? anchor.Year : anchor.Year + 1);
        return new(Format.Month(year, month));
    }

    // "acht uur 's avonds" is 20:00; a part of the day moves only the hours it can hold ("twaalf uur 's nachts" stays 00:00)
    private static CallResult Clock(int hour, int minute, string daypart)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59) return default;
        if (daypart is "AF" or "EV" && hour is >= 1 and < 12 || daypart == "NI" && hour is >= 7 and < 12) hour += 12;
        else if (daypart is "NI" or "MO" && hour == 12) hour = 0;
        return new($"{hour:D2}:{minute:D2}");
    }

    // A day and month without a year. The tense says which way from the document date, except that a past-tense clause
    // does not send a day half a year back when it is within two months ahead ("de datum van 21 april" that leaked last
    // week is this April's, not last year's). The story can overrule: "22 maart" again after "22 maart 2016" is that same day, and "dinsdag 22
    // maart" in a story of 2016 is 22 March 2016 when that is a Tuesday and the nearest 22 March is not.
    private static CallResult MonthDay(int month, int dayOfMonth, Direction dir, bool byTense, Anchor? anchor, int weekday, StoryAnchors story)
    {
        var found = MonthDay(month, dayOfMonth, dir, anchor);
        if (byTense && dir == Direction.Past && anchor?.Day is not null && Day(found) is { } day)
        {
            var other = Day(MonthDay(month, dayOfMonth, Direction.Future, anchor));
            var reference = anchor.FirstDay.DayNumber;
            if (other is { } near && Math.Abs(day.DayNumber - reference) > 183 && Math.Abs(near.DayNumber - reference) <= 62)
                found = new(Format.Day(near));
        }
        if (Day(found) is not { } resolved) return found;
        if (story.NamedYear(month, dayOfMonth) is { } named && named != resolved.Year && dayOfMonth <= DateTime.DaysInMonth(named, month))
            return new(Format.Day(new DateOnly(named, month, dayOfMonth)));
        if (story.Latest is not { } at || at.Year == resolved.Year || dayOfMonth > DateTime.DaysInMonth(at.Year, month)) return found;
        var inStory = new DateOnly(at.Year, month, dayOfMonth);
        return weekday is >= 1 and <= 7 && IsoDay(inStory) == weekday && IsoDay(resolved) != weekday ? new(Format.Day(inStory)) : found;
    }

    private static DateOnly? Day(CallResult result) =>
        !result.Coarsened && result.Value is { Length: 10 } value && char.IsAsciiDigit(value[0])
        && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int IsoDay(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    private static CallResult MonthDay(int month, int dayOfMonth, Direction dir, Anchor? anchor)
    {
        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > 31) return default;
        // a day no such month ever has ("30 februari", "31 april") stays in the value, which ValueCheck then rejects with a reason
        if (dayOfMonth > ValueCheck.MostDays(month)) return new($"XXXX-{month:D2}-{dayOfMonth:D2}");
        if (anchor is null) return new($"XXXX-{month:D2}-{dayOfMonth:D2}", true);
        var current = (anchor.Month ?? 1) * 100 + (anchor.Day ?? (dir == Direction.Past ? 31 : 1));
        var target = month * 100 + dayOfMonth;
        var year = dir == Direction.Past ? (target <= current ? anchor.Year : anchor.Year - 1)
            : (target >= current ? anchor.Year : anchor.Year + 1);
        if (dayOfMonth > DateTime.DaysInMonth(year, month)) return default;
        return new(Format.Day(new DateOnly(year, month, dayOfMonth)));
    }

    private static CallResult Season(string season, Direction dir, bool strict, Anchor? anchor, bool near = false)
    {
        var index = Array.IndexOf(SeasonOrder, season);
        if (index < 0) return default;
        if (anchor is null) return new("XXXX-" + season, true);
        // a winter counts in the year it starts, so January and February are still last year's winter
        var month = anchor.Month ?? 1;
        var (current, currentYear) = month switch
        {
            <= 2 => (3, anchor.Year - 1),
            <= 5 => (0, anchor.Year),
            <= 8 => (1, anchor.Year),
            <= 11 => (2, anchor.Year),
            _ => (3, anchor.Year),
        };
        var same = index == current && !strict;
        if (near && !same)
        {
            var ahead = (index - current + 4) % 4;
            if (ahead != 2) dir = ahead < 2 ? Direction.Future : Direction.Past;
        }
        var year = dir == Direction.Past ? (index < current || same ? currentYear : currentYear - 1)
            : (index > current || same ? currentYear : currentYear + 1);
        return new(Format.Year(year) + "-" + season);
    }

    // "de derde dinsdag van september": the year is given, or that of the nearest such month in the tense's direction
    private static CallResult NthWeekday(int n, int isoDay, int month, string year, Direction tense, Anchor? anchor)
    {
        if (n is < 1 or > 5 || isoDay is < 1 or > 7 || month is < 1 or > 12) return default;
        int y;
        if (year.Length == 4) y = Int(year);
        else if (anchor is null) return new($"XXXX-{month:D2}", true);
        else y = Int(MonthOf(month, tense, false, anchor).Value![..4]);
        var first = new DateOnly(y, month, 1);
        var day = first.AddDays((isoDay - (((int)first.DayOfWeek + 6) % 7 + 1) + 7) % 7 + 7 * (n - 1));
        return day.Month == month ? new(Format.Day(day)) : default;
    }

    // a holiday in a given year, else the nearest one in the direction of the tense (as a day and month without a year)
    private static CallResult Holiday(string rule, string year, Direction dir, bool strict, Anchor? anchor)
    {
        if (year.Length > 0)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return new("XXXX", true);
            return HolidayCalendar.On(rule, y) is { } day ? new(Format.Day(day)) : default;
        }
        if (anchor is null) return HolidayCalendar.MonthDay(rule) is { } md ? new("XXXX-" + md, true) : new("XXXX", true);
        var month = anchor.Month ?? 1;
        var reference = new DateOnly(anchor.Year, month, anchor.Day ?? (dir == Direction.Past ? DateTime.DaysInMonth(anchor.Year, month) : 1));
        if (HolidayCalendar.On(rule, reference.Year) is not { } found) return default;
        var wrong = dir == Direction.Past ? found > reference || (strict && found == reference) : found < reference || (strict && found == reference);
        if (!wrong) return new(Format.Day(found));
        return HolidayCalendar.On(rule, reference.Year + (dir == Direction.Past ? -1 : 1)) is { } other ? new(Format.Day(other)) : default;
    }

    // a day so many days from another ("de nacht op zondag" starts the day before); a coarser value stays as it is
    private static CallResult Shift(string value, int days) =>
        value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new(Format.Day(day.AddDays(days))) : new(value, true);

    // the day of a range's first end in the month and year of its second ("van 3 tot 5 mei"); coarser values stay as they are
    // (a second end that is no real day, "31 april", is reported there: the first end then gets no value)
    private static CallResult DayOf(string value, string day)
    {
        if (!ValueCheck.IsPlausible(value)) return default;
        return value.Length == 10 && char.IsAsciiDigit(value[0]) && day.Length == 2 ? new(value[..8] + day) : new(value, value.Length != 10);
    }

    // "van 23 december tot 5 januari 2025": the year of the second end, or the one before when the first month is later
    private static CallResult RangeStart(int year, int month, string day, int endMonth) =>
        new($"{(month > endMonth ? year - 1 : year):D4}-{month:D2}-{day}");

    private static readonly string[] SeasonOrder = ["SP", "SU", "FA", "WI"];

    private static CallResult Weekend(Direction dir, bool strict, Anchor? anchor)
    {
        if (anchor is null) return new("XXXX-WXX-WE", true);
        if (anchor.Day is null) return new(anchor.Truncated(DatePrecision.Year), true);
        var day = anchor.FirstDay;
        var current = ((int)day.DayOfWeek + 6) % 7 + 1;
        var saturday = current >= 6 && !strict ? day.AddDays(6 - current)
            : dir == Direction.Past ? day.AddDays(-(current + 1)) : day.AddDays(current >= 6 ? 13 - current : 6 - current);
        return new(Format.Week(saturday) + "-WE");
    }
}
