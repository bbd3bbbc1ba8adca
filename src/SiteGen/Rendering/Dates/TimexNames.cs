using SiteGen.Temporal;

namespace SiteGen.Rendering.Dates;

/// <summary>TIMEX3 spellings of the tagger's enums, as written in exports and looked up in the interface texts.</summary>
public static class TimexNames
{
    public static string? Mod(TimexMod mod) => mod switch
    {
        TimexMod.None => null,
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.Approx => "APPROX",
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        _ => mod.ToString().ToUpperInvariant(),
    };

    public static string Type(TimexType type) => type.ToString().ToUpperInvariant();
}
