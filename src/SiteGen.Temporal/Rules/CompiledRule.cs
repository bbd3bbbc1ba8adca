using System.Text.RegularExpressions;
using SiteGen.Temporal.Resolution;

namespace SiteGen.Temporal.Rules;

/// <summary>A rule ready to run: its anchored regex, the numbers of its named groups, its parsed templates and what it can start with.</summary>
public sealed record CompiledRule(
    RuleDefinition Definition,
    string Source,
    Regex Regex,
    IReadOnlyDictionary<string, int> Groups,
    ValueTemplate Value,
    ValueTemplate? Mod,
    FirstSet First)
{
    private static readonly HashSet<string> TenseFunctions = new(StringComparer.Ordinal) { "weekday", "month", "monthday", "season", "weekend", "nthweekday", "holiday" };

    /// <summary>True when the value depends on the tense of the sentence (bare weekdays, months, seasons, weekends, holidays).</summary>
    public bool NeedsTense { get; } = Value.Calls.Any(c => TenseFunctions.Contains(c.Function));

    /// <summary>True when the value counts from where the story is (<c>@ref</c>): anaphoric expressions and bare clock times.</summary>
    public bool UsesStory { get; } = Value.Calls.Any(c => c.Function == "ref");

    /// <summary>True when the value is a weekday counted from the document date.</summary>
    public bool CallsWeekday { get; } = Value.Calls.Any(c => c.Function == "weekday");

    /// <summary>True when the value is a day and month whose year comes from the document date.</summary>
    public bool CallsMonthDay { get; } = Value.Calls.Any(c => c.Function == "monthday");
}
