namespace SiteGen.Temporal.Rules;

/// <summary>
/// Words one of which every match of a rule holds: the most selective element of the rule's top-level sequence
/// that cannot be left out and starts with literal letters (<c>eeuw</c>, a month name, <c>geleden</c>), as the
/// prefixes it may start with. A rule is worth trying only where one of them follows within a match's reach.
/// Null when the rule has no such element (a top-level alternation, a year, a number).
/// </summary>
public static class RequiredSet
{
    public static FirstSet? Of(string regex)
    {
        var elements = Elements(regex);
        if (elements is null) return null;
        FirstSet? best = null;
        foreach (var (source, optional, zeroWidth) in elements)
        {
            if (zeroWidth || optional) continue;
            var set = FirstSet.Of(source);
            var tight = !set.AnyDigit && !set.AnyLetter && !set.AnyOther && set.Prefixes.Count > 0;
            if (tight && (best is null || set.Prefixes.Count < best.Prefixes.Count)) best = set;
        }
        return best;
    }

    // the top-level sequence: (source, optional, zero-width) per element, literal letters joined into words; null at a top-level '|'
    private static List<(string Source, bool Optional, bool ZeroWidth)>? Elements(string r)
    {
        var elements = new List<(string, bool, bool)>();
        var i = 0;
        while (i < r.Length)
        {
            var start = i;
            var zeroWidth = false;
            switch (r[i])
            {
                case '|': return null;
                case '(':
                    zeroWidth = r.AsSpan(i).StartsWith("(?=") || r.AsSpan(i).StartsWith("(?!") || r.AsSpan(i).StartsWith("(?<=") || r.AsSpan(i).StartsWith("(?<!");
                    i = FirstSet.GroupEnd(r, i) + 1;
                    break;
                case '[': i = FirstSet.ClassEnd(r, i) + 1; break;
                case '\\':
                    i += 2;
                    if (i < r.Length && r[i - 1] is 'p' or 'P' or 'k' && r[i] is '{' or '<') i = r.IndexOfAny(['}', '>'], i) + 1;
                    break;
                case '^' or '$': zeroWidth = true; i++; break;
                default: i++; break;
            }
            var source = r[start..i];
            var optional = false;
            if (i < r.Length && r[i] is '?' or '*') { optional = true; i++; }
            else if (i < r.Length && r[i] == '+') i++;
            else if (i < r.Length && r[i] == '{' && i + 1 < r.Length && char.IsDigit(r[i + 1]))
            {
                optional = r[i + 1] == '0';
                i = r.IndexOf('}', i) + 1;
            }
            if (i < r.Length && r[i] == '?') i++; // lazy
            var letter = source.Length == 1 && char.IsLetter(source[0]) && i == start + 1;
            if (letter && elements.Count > 0 && elements[^1] is { Item2: false, Item3: false } last && last.Item1.All(char.IsLetter))
                elements[^1] = (last.Item1 + source, false, false);
            else elements.Add((source, optional, zeroWidth));
        }
        return elements;
    }
}
