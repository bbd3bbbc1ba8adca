using System.Globalization;
using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Built-in normalizers (<c>pad2</c>, <c>year</c>, <c>dec</c>, <c>int</c>) and table lookups by name. A table
/// lookup that misses on text starting with digits yields those digits, so <c>21ste</c> reads as 21 through
/// the same table that turns <c>eenentwintigste</c> into 21.
/// </summary>
public sealed class Normalizers(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
{
    public static readonly IReadOnlySet<string> BuiltIns = new HashSet<string>(StringComparer.Ordinal) { "pad2", "year", "dec", "int" };

    public bool Exists(string name) => BuiltIns.Contains(name) || tables.ContainsKey(name);

    public string? Apply(string name, string text)
    {
        switch (name)
        {
            case "pad2": return Number(text) is { } p && p is >= 0 and < 100 ? p.ToString("D2", CultureInfo.InvariantCulture) : null;
            case "int": return Number(text)?.ToString(CultureInfo.InvariantCulture);
            case "dec": return Number(text) is { } d ? (d - 1).ToString(CultureInfo.InvariantCulture) : null;
            case "year": return Year(text);
        }
        if (!tables.TryGetValue(name, out var table)) return null;
        if (table.TryGetValue(LanguageResources.KeyOf(text), out var value)) return value;
        var digits = LeadingDigits(text);
        return digits.Length > 0 ? digits : null;
    }

    private static int? Number(string text)
    {
        var digits = LeadingDigits(text);
        return digits.Length is > 0 and < 9 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    private static string LeadingDigits(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return text[..i];
    }

    /// <summary>Four digits stay; two digits (<c>'22</c>, <c>’98</c>) are read as 2000–2049 or 1950–1999.</summary>
    private static string? Year(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            4 => digits,
            2 => (int.Parse(digits, CultureInfo.InvariantCulture) < 50 ? "20" : "19") + digits,
            _ => null,
        };
    }
}
