using System.Text;

namespace SiteGen.Temporal.Rules;

/// <summary>
/// What a regex can start with, coarsely: literal word prefixes (lower case), or any digit, any letter, or any
/// other character. Used to try a rule only where it can match. Over-approximates (a class counts as "any"),
/// never under-approximates: a construct it does not understand makes the rule a candidate everywhere.
/// </summary>
public sealed class FirstSet
{
    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    public bool AnyDigit { get; internal set; }

    public bool AnyLetter { get; internal set; }

    public bool AnyOther { get; internal set; }

    public static FirstSet Of(string regex)
    {
        var set = new FirstSet();
        var i = 0;
        var (_, nullable) = set.Alternation(regex, ref i);
        if (nullable) set.AnyDigit = set.AnyLetter = set.AnyOther = true;
        return set;
    }

    // returns (contributed, nullable) for branches up to the closing ')' or the end
    private (bool, bool) Alternation(string r, ref int i)
    {
        var nullable = false;
        while (true)
        {
            nullable |= Sequence(r, ref i);
            if (i < r.Length && r[i] == '|') { i++; continue; }
            return (true, nullable);
        }
    }

    private bool Sequence(string r, ref int i)
    {
        var prefix = new StringBuilder();
        var open = true;
        while (i < r.Length && r[i] != '|' && r[i] != ')')
        {
            var atomStart = i;
            var literal = LiteralChar(r, ref i);
            if (literal is not null && !NextIsQuantifier(r, i))
            {
                if (open && (char.IsLetterOrDigit(literal.Value) || prefix.Length == 0)) { prefix.Append(char.ToLowerInvariant(literal.Value)); continue; }
                if (open) { Emit(prefix); open = false; }
                continue;
            }
            if (open && prefix.Length > 0) { Emit(prefix); open = false; }
            i = atomStart;
            var probe = new FirstSet();
            var atomNullable = probe.Atom(r, ref i);
            atomNullable |= Quantifier(r, ref i);
            if (!open) continue;
            Merge(probe);
            if (!atomNullable) open = false;
        }
        if (open && prefix.Length > 0) { Emit(prefix); return false; }
        return open;
    }

    // one atom that is not a plain literal; returns whether it can match empty
    private bool Atom(string r, ref int i)
    {
        var c = r[i];
        if (c == '(')
        {
            i++;
            var lookaround = false;
            if (i < r.Length && r[i] == '?')
            {
                i++;
                if (r[i] is '=' or '!') { lookaround = true; i++; }
                else if (r[i] == '<' && i + 1 < r.Length && r[i + 1] is '=' or '!') { lookaround = true; i += 2; }
                else if (r[i] == '<') i = r.IndexOf('>', i) + 1;
                else while (i < r.Length && r[i] != ':') i++;
                if (!lookaround && i < r.Length && r[i] == ':') i++;
            }
            var inner = new FirstSet();
            var (_, nullable) = inner.Alternation(r, ref i);
            i++; // ')'
            if (lookaround) return true;
            Merge(inner);
            return nullable;
        }
        if (c == '[')
        {
            var end = ClassEnd(r, i);
            var body = r[(i + 1)..end];
            i = end + 1;
            if (body.StartsWith('^')) { AnyDigit = AnyLetter = AnyOther = true; return false; }
            if (body.Contains("\\d") || body.Any(char.IsDigit)) AnyDigit = true;
            if (body.Contains("\\p") || body.Contains("\\w") || body.Any(char.IsLetter)) AnyLetter = true;
            if (body.Any(ch => !char.IsLetterOrDigit(ch) && ch != '-')) AnyOther = true;
            return false;
        }
        if (c == '\\')
        {
            var e = r[i + 1];
            i += 2;
            switch (e)
            {
                case 'd': AnyDigit = true; return false;
                case 'p' or 'P' or 'w' or 'W' or 'S':
                    if (i < r.Length && r[i] == '{') i = r.IndexOf('}', i) + 1;
                    AnyDigit = AnyLetter = AnyOther = true; return false;
                case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z': return true;
                case 'k': i = r.IndexOf('>', i) + 1; AnyDigit = AnyLetter = AnyOther = true; return false;
                case 's': AnyOther = true; return false;
                default: AnyOther = true; return false;
            }
        }
        i++;
        if (c is '^' or '$') return true;
        if (c == '.') { AnyDigit = AnyLetter = AnyOther = true; return false; }
        if (char.IsDigit(c)) AnyDigit = true;
        else if (char.IsLetter(c)) AnyLetter = true;
        else AnyOther = true;
        return false;
    }

    private static char? LiteralChar(string r, ref int i)
    {
        var c = r[i];
        if (c == '\\' && i + 1 < r.Length && !char.IsLetterOrDigit(r[i + 1])) { i += 2; return r[i - 1]; }
        if ("()[]{}|?*+.^$\\".Contains(c)) return null;
        i++;
        return c;
    }

    private static bool NextIsQuantifier(string r, int i) =>
        i < r.Length && (r[i] is '?' or '*' or '+' || (r[i] == '{' && i + 1 < r.Length && char.IsDigit(r[i + 1])));

    private static bool Quantifier(string r, ref int i)
    {
        if (i >= r.Length) return false;
        var nullable = false;
        if (r[i] is '?' or '*') { nullable = true; i++; }
        else if (r[i] == '+') i++;
        else if (r[i] == '{' && i + 1 < r.Length && char.IsDigit(r[i + 1]))
        {
            nullable = r[i + 1] == '0';
            i = r.IndexOf('}', i) + 1;
        }
        else return false;
        if (i < r.Length && r[i] == '?') i++;
        return nullable;
    }

    /// <summary>The index of the <c>)</c> that closes the group opened at <paramref name="open"/>.</summary>
    internal static int GroupEnd(string r, int open)
    {
        var depth = 0;
        for (var j = open; j < r.Length; j++)
        {
            if (r[j] == '\\') { j++; continue; }
            if (r[j] == '[') { j = ClassEnd(r, j); continue; }
            if (r[j] == '(') depth++;
            else if (r[j] == ')' && --depth == 0) return j;
        }
        return r.Length - 1;
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/>.</summary>
    internal static int ClassEnd(string r, int open)
    {
        for (var j = open + 1; j < r.Length; j++)
        {
            if (r[j] == '\\') { j++; continue; }
            if (r[j] == ']' && j > open + 1) return j;
        }
        return r.Length - 1;
    }

    private void Emit(StringBuilder prefix)
    {
        var p = prefix.ToString();
        if (char.IsLetter(p[0])) Prefixes.Add(p);
        else if (char.IsDigit(p[0])) AnyDigit = true;
        else AnyOther = true;
        prefix.Clear();
    }

    private void Merge(FirstSet other)
    {
        Prefixes.UnionWith(other.Prefixes);
        AnyDigit |= other.AnyDigit;
        AnyLetter |= other.AnyLetter;
        AnyOther |= other.AnyOther;
    }
}
