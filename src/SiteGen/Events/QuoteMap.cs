namespace SiteGen.Events;

/// <summary>
/// Tells whether a position lies inside quoted speech. A quote mark (the Dutch low `„` too) opens after a space or at the start and closes
/// before a space, punctuation or the end; an apostrophe between letters (`China's`, `zo'n`) is no quote.
/// </summary>
internal static class QuoteMap
{
    private const string Marks = "'\"‘’“”„";

    public static bool Inside(string s, int position) => Inside(s, 0, position);

    /// <summary>Whether a quotation opened between <paramref name="from"/> and <paramref name="position"/> is still open there.</summary>
    public static bool Inside(string s, int from, int position)
    {
        var depth = 0;
        for (var i = Math.Max(0, from); i < position && i < s.Length; i++)
        {
            if (!Marks.Contains(s[i])) continue;
            var letterBefore = i > 0 && char.IsLetterOrDigit(s[i - 1]);
            var letterAfter = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
            if (letterBefore && letterAfter) continue;
            if (!letterBefore && letterAfter) depth++;
            else if (depth > 0) depth--;
        }
        return depth > 0;
    }
}
