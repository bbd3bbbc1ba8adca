using System.Text;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// A parsed value or mod template: literal text, <c>{group|norm|norm}</c> references (the text a named group
/// matched, passed through normalizers in turn) and <c>@function(arg, arg)</c> calls whose arguments are templates.
/// Parsed once when the rules load.
/// </summary>
public sealed class ValueTemplate
{
    private readonly List<Part> _parts;

    private ValueTemplate(List<Part> parts) => _parts = parts;

    public IEnumerable<(string Group, IReadOnlyList<string> Normalizers)> References =>
        _parts.SelectMany(p => p switch
        {
            Ref r => [(r.Group, r.Normalizers)],
            Call c => c.Args.SelectMany(a => a.References),
            _ => [],
        });

    /// <summary>Every function call, those inside the arguments of another included.</summary>
    public IEnumerable<(string Function, IReadOnlyList<ValueTemplate> Args)> Calls =>
        _parts.OfType<Call>().SelectMany(c => c.Args.SelectMany(a => a.Calls).Prepend((c.Function, (IReadOnlyList<ValueTemplate>)c.Args)));

    /// <summary>True when the template has no function call: its value does not depend on the document date.</summary>
    public bool IsAbsolute => !_parts.Any(p => p is Call);

    public string? LiteralText => _parts.Count == 1 && _parts[0] is Literal l ? l.Text : _parts.Count == 0 ? "" : null;

    public static ValueTemplate Parse(string text)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{')
            {
                var close = text.IndexOf('}', i);
                if (close < 0) throw new FormatException($"unclosed '{{' in '{text}'");
                Flush(literal, parts);
                var names = text[(i + 1)..close].Split('|');
                parts.Add(new Ref(names[0], names[1..]));
                i = close + 1;
            }
            else if (c == '@')
            {
                var open = text.IndexOf('(', i);
                var close = open < 0 ? -1 : MatchingParen(text, open);
                if (close < 0) throw new FormatException($"bad call in '{text}'");
                Flush(literal, parts);
                var args = SplitArgs(text[(open + 1)..close]).Select(Parse).ToList();
                parts.Add(new Call(text[(i + 1)..open], args));
                i = close + 1;
            }
            else { literal.Append(c); i++; }
        }
        Flush(literal, parts);
        return new ValueTemplate(parts);
    }

    /// <summary>Null when a reference cannot be normalized or a function cannot resolve.</summary>
    public string? Evaluate(IValueContext context)
    {
        if (_parts.Count == 1 && _parts[0] is Literal only) return only.Text;
        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            switch (part)
            {
                case Literal l: sb.Append(l.Text); break;
                case Ref r:
                    var text = context.Group(r.Group);
                    if (string.IsNullOrEmpty(text)) break;
                    foreach (var n in r.Normalizers)
                    {
                        text = context.Normalize(n, text);
                        if (text is null) return null;
                    }
                    sb.Append(text);
                    break;
                case Call c:
                    var args = new string[c.Args.Count];
                    for (var a = 0; a < args.Length; a++) args[a] = c.Args[a].Evaluate(context) ?? "";
                    var result = context.Call(c.Function, args);
                    if (result.Value is null) return null;
                    // a value coarsened to what the document date allows cannot take a finer suffix
                    if (result.Coarsened) return result.Value;
                    sb.Append(result.Value);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Flush(StringBuilder literal, List<Part> parts)
    {
        if (literal.Length == 0) return;
        parts.Add(new Literal(literal.ToString()));
        literal.Clear();
    }

    private static int MatchingParen(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static IEnumerable<string> SplitArgs(string text)
    {
        if (text.Trim().Length == 0) yield break;
        int depth = 0, start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '{') depth++;
            else if (text[i] is ')' or '}') depth--;
            else if (text[i] == ',' && depth == 0) { yield return text[start..i].Trim(); start = i + 1; }
        }
        yield return text[start..].Trim();
    }

    private abstract record Part;

    private sealed record Literal(string Text) : Part;

    private sealed record Ref(string Group, string[] Normalizers) : Part;

    private sealed record Call(string Function, List<ValueTemplate> Args) : Part;
}
