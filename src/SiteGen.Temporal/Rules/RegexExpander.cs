using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Temporal.Rules;

/// <summary>
/// Turns the regex templates of the data into .NET regex source. <c>{name}</c> is the named pattern (a named
/// group in a rule, so values can refer to it; a plain group inside another pattern), <c>{alias=name}</c> names
/// the group differently, <c>{table:name}</c> is the alternation of a table's keys, longest first. A space
/// stands for a short run of spaces or tabs within one line.
/// </summary>
public sealed class RegexExpander(LanguageResources resources)
{
    public const string Gap = @"[^\S\r\n]{1,3}";
    private const int MaxDepth = 12;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The regex source of a rule's match template; group names used are added to <paramref name="groups"/>.</summary>
    public string ExpandRule(string template, ISet<string> groups)
    {
        var regex = Expand(template, groups, 0);
        foreach (Match m in InlineGroup.Matches(regex)) groups.Add(m.Groups[1].Value);
        return regex;
    }

    private static readonly Regex InlineGroup = new(@"\(\?<([A-Za-z_]\w*)>");

    public string ExpandPattern(string name)
    {
        if (_cache.TryGetValue(name, out var done)) return done;
        if (!resources.Patterns.TryGetValue(name, out var source)) throw new KeyNotFoundException($"unknown pattern '{name}'");
        return _cache[name] = Expand(source, null, 1);
    }

    public string ExpandTable(string name)
    {
        if (!resources.Tables.TryGetValue(name, out var table)) throw new KeyNotFoundException($"unknown table '{name}'");
        var keys = table.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => string.Join(Gap, k.Split(' ').Select(Regex.Escape)));
        return "(?:" + string.Join('|', keys) + ")";
    }

    private string Expand(string template, ISet<string>? groups, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("patterns nest too deep (a cycle?)");
        var sb = new StringBuilder(template.Length * 2);
        var inClass = false;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '\\' && i + 1 < template.Length)
            {
                // a Unicode category (\p{Lu}) keeps its braces
                var end = template[i + 1] is 'p' or 'P' && i + 2 < template.Length && template[i + 2] == '{'
                    ? template.IndexOf('}', i) : i + 1;
                if (end < 0) end = template.Length - 1;
                sb.Append(template, i, end - i + 1);
                i = end;
                continue;
            }
            if (inClass) { sb.Append(c); inClass = c != ']'; continue; }
            if (c == '[') { sb.Append(c); inClass = true; continue; }
            if (c == ' ') { sb.Append(Gap); continue; }
            if (c == '{' && i + 1 < template.Length && char.IsLetter(template[i + 1]))
            {
                var close = template.IndexOf('}', i);
                if (close < 0) throw new FormatException($"unclosed '{{' in '{template}'");
                sb.Append(Reference(template[(i + 1)..close], groups, depth));
                i = close;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private string Reference(string reference, ISet<string>? groups, int depth)
    {
        if (reference.StartsWith("table:", StringComparison.Ordinal)) return ExpandTable(reference[6..]);
        var eq = reference.IndexOf('=');
        var group = eq < 0 ? reference : reference[..eq];
        var pattern = eq < 0 ? reference : reference[(eq + 1)..];
        var body = depth == 0 ? ExpandPattern(pattern) : Expand(LookUp(pattern), null, depth + 1);
        if (groups is null) return "(?:" + body + ")";
        groups.Add(group);
        return "(?<" + group + ">" + body + ")";
    }

    private string LookUp(string name) =>
        resources.Patterns.TryGetValue(name, out var source) ? source : throw new KeyNotFoundException($"unknown pattern '{name}'");

    /// <summary>
    /// Finds quantifiers without an upper bound (<c>*</c>, <c>+</c>, <c>{n,}</c>). Every rule is bounded so that a
    /// match attempt costs at most the rule's length: matching stays linear in the input.
    /// </summary>
    public static string? FindUnboundedQuantifier(string regex)
    {
        var inClass = false;
        for (var i = 0; i < regex.Length; i++)
        {
            var c = regex[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c is '*' or '+') return regex[Math.Max(0, i - 20)..(i + 1)];
            if (c == '{')
            {
                var m = Regex.Match(regex[i..], @"^\{\d+,\}");
                if (m.Success) return regex[Math.Max(0, i - 20)..(i + m.Length)];
            }
        }
        return null;
    }
}
