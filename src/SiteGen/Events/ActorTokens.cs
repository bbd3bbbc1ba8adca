using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// The words of an article in one pass, with sentence and paragraph numbers and quoted speech marked. Sentences end
/// at `.`, `!`, `?` or `:` before a space, and at every line break; paragraphs at blank lines. A scraped ` date
/// 2022-02` header is skipped. Quote marks follow <see cref="QuoteMap"/>'s rule (a mark between letters is an
/// apostrophe) and include the low opening mark `„`.
/// </summary>
internal sealed partial class ActorTokens
{
    private const string QuoteMarks = "'\"‘’“”„«»";

    public ActorTokens(string text)
    {
        Text = text;
        var header = Header().Match(text);
        var from = header.Success ? header.Length : 0;
        var tokens = new List<ActorToken>(text.Length / 6 + 4); // about one word per six characters: sized once
        int sentence = 0, paragraph = 0, depth = 0, scanned = from;
        var sentenceStart = true;
        for (var at = NextWord(text, from); at < text.Length; at = NextWord(text, scanned))
        {
            // What lies between the previous word and this one decides sentence, paragraph and quote state.
            var end = WordEnd(text, at);
            for (var i = scanned; i < at; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    sentenceStart = true;
                    depth = 0;
                    var j = i + 1;
                    while (j < at && text[j] is ' ' or '\t' or '\r') j++;
                    if (j < at && text[j] == '\n') paragraph++;
                }
                else if (c is '.' or '!' or '?' or ':' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) sentenceStart = true;
                else if (QuoteMarks.Contains(c))
                {
                    var letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                    var letterAfter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    if (letterBefore && letterAfter) continue;
                    if (!letterBefore && (letterAfter || c is '„' or '“' or '‘' or '«')) depth++;
                    else if (depth > 0) depth--;
                }
            }
            scanned = end;
            if (sentenceStart && tokens.Count > 0) sentence++;
            var value = text.AsSpan(at, end - at);
            var capital = char.IsUpper(value[0]) || (char.IsDigit(value[0]) && HasUpper(value));
            var initial = value.Length <= 3 && char.IsUpper(value[0]) && scanned < text.Length && text[scanned] == '.' && IsInitials(value);
            tokens.Add(new ActorToken(at, scanned, capital, IsAcronym(value), initial, sentenceStart, depth > 0, sentence, paragraph));
            sentenceStart = false;
        }
        Tokens = [.. tokens];
        values = new string[Tokens.Length];
    }

    // Each token's text, made once on first use: recognition asks for the same words many times.
    private readonly string?[] values;

    public string Text { get; }

    public ActorToken[] Tokens { get; }

    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public string Value(int token) => values[token] ??= Text.Substring(Tokens[token].Start, Tokens[token].Length);

    /// <summary>The characters between token <paramref name="token"/> and the one before it.</summary>
    public ReadOnlySpan<char> GapBefore(int token) =>
        token == 0 ? Text.AsSpan(0, Tokens[0].Start) : Text.AsSpan(Tokens[token - 1].End, Tokens[token].Start - Tokens[token - 1].End);

    /// <summary>Two neighbouring tokens are one space apart (the only gap allowed inside a name).</summary>
    public bool Adjacent(int token) => token > 0 && GapBefore(token) is " " or "\u00a0";

    /// <summary>The first token starting at or after <paramref name="position"/>.</summary>
    public int IndexAt(int position) => SortedSpans.FirstAtOrAfter(Tokens, position, static t => t.Start);

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    // `RIVM`, `D66`, `3M`, `50PLUS`, `EU27`, `CD&V`: two or more characters, a capital, no lowercase letter.
    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        var upper = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return s.Length >= 2 && (upper >= 2 || upper == 1 && !char.IsUpper(s[^1]) || upper == 1 && char.IsDigit(s[0]));
    }

    // `J`, `J.P`, `Th` (before a period).
    private static bool IsInitials(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
            if (!(char.IsUpper(s[i]) || s[i] == '.' || (i == 1 && char.IsLower(s[i]) && s.Length == 2))) return false;
        return true;
    }

    [GeneratedRegex(@"\A\s*date \d{4}(?:-\d{2}){0,2}\s")]
    private static partial Regex Header();

    private static int NextWord(string text, int from)
    {
        while (from < text.Length && !char.IsLetterOrDigit(text[from])) from++;
        return from;
    }

    // A word runs over letters, marks and digits, inner hyphens, apostrophes and ampersands (`Gert-Jan`, `D'Hondt`,
    // `CD&V`), a period before a lowercase letter (`NU.nl`) or between single capitals (`J.P`, `B.V`); a period at
    // the end is left out (`Rutte.`, the `J.` of an initial), and so is one glued to the next sentence (`reden.Ook`).
    private static int WordEnd(string text, int at)
    {
        var i = at + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) i++;
            else if (c is '-' or '\'' or '’' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) i += 2;
            else if (c == '.' && i + 1 < text.Length && (char.IsLower(text[i + 1]) || SingleCapitals(text, i))) i += 2;
            else break;
        }
        return i;
    }

    // `J.P`, `B.V`: a period between two single capitals.
    private static bool SingleCapitals(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]))
        && char.IsUpper(text[dot + 1]) && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]));
}
