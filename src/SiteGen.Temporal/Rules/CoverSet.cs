namespace SiteGen.Temporal.Rules;

/// <summary>
/// What a regex can consume anywhere in a match, not only first: every run of literal letters (lower case), and
/// whether some atom can consume any digit, any letter or any other character. Lookarounds consume nothing and are
/// skipped. A rule match that covers a token start must consume its first character with one of these atoms, and a
/// literal letter there begins a run (the text before a token start is no letter): so the <see cref="Dispatcher"/> of
/// these sets tells which rules can cover a given token. Over-approximates, never under-approximates.
/// </summary>
public static class CoverSet
{
    public static FirstSet Of(string regex)
    {
        var set = new FirstSet();
        var run = new System.Text.StringBuilder();
        void EndRun()
        {
            if (run.Length > 0) set.Prefixes.Add(run.ToString());
            run.Clear();
        }
        for (var i = 0; i < regex.Length; i++)
        {
            var c = regex[i];
            if (c == '(' && i + 1 < regex.Length && regex[i + 1] == '?')
            {
                EndRun();
                i = SkipGroupSyntax(regex, i);
                continue;
            }
            if (c == '[')
            {
                EndRun();
                var end = FirstSet.ClassEnd(regex, i);
                Class(set, regex[(i + 1)..end]);
                i = end;
                continue;
            }
            if (c == '\\' && i + 1 < regex.Length)
            {
                EndRun();
                i = Escape(set, regex, i);
                continue;
            }
            if (c == '{' && i + 1 < regex.Length && char.IsDigit(regex[i + 1]))
            {
                EndRun();
                i = regex.IndexOf('}', i);
                continue;
            }
            if (char.IsLetter(c))
            {
                // a quantified letter may be left out: the run ends before it, and it counts on its own
                if (i + 1 < regex.Length && regex[i + 1] is '?' or '*' or '+' or '{') { EndRun(); set.Prefixes.Add(char.ToLowerInvariant(c).ToString()); }
                else run.Append(char.ToLowerInvariant(c));
                continue;
            }
            EndRun();
            if (c == '.') set.AnyDigit = set.AnyLetter = set.AnyOther = true;
            else if (char.IsDigit(c)) set.AnyDigit = true;
            else if (!"()|?*+^$".Contains(c)) set.AnyOther = true;
        }
        EndRun();
        return set;
    }

    // '(?' opens a lookaround (skipped whole: it consumes nothing), a named group, inline options or '(?:'
    private static int SkipGroupSyntax(string r, int open)
    {
        var i = open + 2;
        var lookaround = r[i] is '=' or '!' || (r[i] == '<' && i + 1 < r.Length && r[i + 1] is '=' or '!');
        if (!lookaround)
        {
            if (r[i] == '<') return r.IndexOf('>', i);
            while (i < r.Length && r[i] != ':' && r[i] != ')') i++;
            return i;
        }
        return FirstSet.GroupEnd(r, open);
    }

    private static int Escape(FirstSet set, string r, int i)
    {
        var e = r[i + 1];
        switch (e)
        {
            case 'd': set.AnyDigit = true; return i + 1;
            case 's': set.AnyOther = true; return i + 1;
            case 'b' or 'B' or 'G' or 'A' or 'z' or 'Z': return i + 1;
            case 'p' or 'P' or 'w' or 'W' or 'S' or 'D' or 'k':
                set.AnyDigit = set.AnyLetter = set.AnyOther = true;
                var close = i + 2 < r.Length && r[i + 2] is '{' or '<' ? r.IndexOfAny(['}', '>'], i + 2) : -1;
                return close > 0 ? close : i + 1;
            default:
                if (char.IsLetter(e)) set.AnyDigit = set.AnyLetter = set.AnyOther = true;
                else if (char.IsDigit(e)) set.AnyDigit = set.AnyLetter = set.AnyOther = true; // a numbered back-reference
                else set.AnyOther = true;
                return i + 1;
        }
    }

    // a class of single letters adds each as a one-letter run; anything wider counts as "any"
    private static void Class(FirstSet set, string body)
    {
        // white space but not line breaks (the gap between words)
        if (body.StartsWith(@"^\S", StringComparison.Ordinal) && !body.Contains(@"\p", StringComparison.Ordinal))
        {
            set.AnyOther = true;
            return;
        }
        if (body.StartsWith('^') || body.Contains('\\') && !IsEscapedPunctuation(body))
        {
            set.AnyDigit = set.AnyLetter = set.AnyOther = true;
            return;
        }
        for (var k = 0; k < body.Length; k++)
        {
            var ch = body[k];
            if (ch == '-' && k > 0 && k + 1 < body.Length)
            {
                // a range: its ends decide its kind
                if (char.IsLetter(body[k + 1])) set.AnyLetter = true;
                else if (char.IsDigit(body[k + 1])) set.AnyDigit = true;
                else set.AnyOther = true;
                continue;
            }
            if (char.IsLetter(ch)) set.Prefixes.Add(char.ToLowerInvariant(ch).ToString());
            else if (char.IsDigit(ch)) set.AnyDigit = true;
            else set.AnyOther = true;
        }
    }

    private static bool IsEscapedPunctuation(string body)
    {
        for (var k = 0; k < body.Length; k++)
            if (body[k] == '\\' && (k + 1 >= body.Length || char.IsLetterOrDigit(body[k + 1]))) return false;
        return true;
    }
}
