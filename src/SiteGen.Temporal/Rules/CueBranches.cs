namespace SiteGen.Temporal.Rules;

/// <summary>Takes an expanded cue regex apart into its top-level branches and tells one-word branches from the rest.</summary>
public static class CueBranches
{
    /// <summary>The branches of the top-level alternation; a branch that is one whole non-capturing group is opened up.</summary>
    public static List<string> Split(string regex)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= regex.Length; i++)
        {
            if (i < regex.Length)
            {
                var c = regex[i];
                if (c == '\\') { i++; continue; }
                if (c == '[') { i = FirstSet.ClassEnd(regex, i); continue; }
                if (c == '(') { depth++; continue; }
                if (c == ')') { depth--; continue; }
                if (c != '|' || depth > 0) continue;
            }
            var branch = regex[start..i];
            if (IsWholeGroup(branch)) branches.AddRange(Split(branch[3..^1]));
            else branches.Add(branch);
            start = i + 1;
        }
        return branches;
    }

    /// <summary>A plain word: letters only.</summary>
    public static bool IsWord(string branch) => branch.Length > 0 && branch.All(char.IsLetter);

    /// <summary>
    /// A branch that can only consume letters: letters, <c>\p{L}</c>, classes of letters, non-capturing groups,
    /// lookaheads, bounded quantifiers. What it matches at a word start depends on that word alone.
    /// </summary>
    public static bool IsWordShape(string branch)
    {
        if (branch.Length == 0) return false;
        for (var i = 0; i < branch.Length; i++)
        {
            var c = branch[i];
            if (char.IsLetter(c) || c is ')' or '|' or '?') continue;
            if (c == '(')
            {
                if (branch.AsSpan(i).StartsWith("(?:") || branch.AsSpan(i).StartsWith("(?!") || branch.AsSpan(i).StartsWith("(?=")) { i += 2; continue; }
                return false;
            }
            if (c == '\\')
            {
                if (!branch.AsSpan(i).StartsWith(@"\p{L}")) return false;
                i += 4;
                continue;
            }
            if (c == '[')
            {
                var end = FirstSet.ClassEnd(branch, i);
                for (var k = i + 1; k < end; k++) if (!char.IsLetter(branch[k])) return false;
                i = end;
                continue;
            }
            if (c == '{')
            {
                var close = branch.IndexOf('}', i);
                if (close < 0 || branch.AsSpan(i + 1, close - i - 1).ContainsAnyExcept("0123456789,")) return false;
                i = close;
                continue;
            }
            return false;
        }
        return true;
    }

    private static bool IsWholeGroup(string branch) =>
        branch.StartsWith("(?:", StringComparison.Ordinal) && FirstSet.GroupEnd(branch, 0) == branch.Length - 1;
}
