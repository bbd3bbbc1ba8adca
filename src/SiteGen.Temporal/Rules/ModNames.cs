namespace SiteGen.Temporal.Rules;

/// <summary>The TIMEX3 spelling of modifiers (<c>START</c>, <c>MORE_THAN</c>), as written in data and in jsonl output.</summary>
public static class ModNames
{
    private static readonly Dictionary<string, TimexMod> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["START"] = TimexMod.Start, ["MID"] = TimexMod.Mid, ["END"] = TimexMod.End,
        ["APPROX"] = TimexMod.Approx, ["BEFORE"] = TimexMod.Before, ["AFTER"] = TimexMod.After,
        ["MORE_THAN"] = TimexMod.MoreThan, ["LESS_THAN"] = TimexMod.LessThan,
        ["EQUAL_OR_MORE"] = TimexMod.EqualOrMore,
    };

    /// <summary>Null when the name is unknown; the empty string is <see cref="TimexMod.None"/>.</summary>
    public static TimexMod? Parse(string name) =>
        name.Length == 0 ? TimexMod.None : ByName.TryGetValue(name, out var mod) ? mod : null;

    /// <summary>Null for <see cref="TimexMod.None"/>.</summary>
    public static string? Format(TimexMod mod) =>
        mod == TimexMod.None ? null : ByName.First(p => p.Value == mod).Key;
}
