namespace SiteGen.Cleaning;

/// <summary>Round and square brackets in a sentence: a cut or a clause boundary never falls inside them.</summary>
public static class Brackets
{
    /// <summary>Whether position <paramref name="at"/> of <paramref name="s"/> lies inside brackets opened before it (a stray closing bracket is ignored).</summary>
    public static bool Encloses(string s, int at)
    {
        var depth = 0;
        for (var i = 0; i < at && i < s.Length; i++)
        {
            if (s[i] is '(' or '[') depth++;
            else if (s[i] is ')' or ']' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
