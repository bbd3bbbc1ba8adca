namespace SiteGen.Temporal.Text;

/// <summary>
/// Splits text into sentences: at <c>. ! ?</c> followed by space, or at a dot glued to the next sentence's capital
/// (scraped text: <c>gezet.Deze maand</c>) (unless the word before the dot is a known
/// abbreviation or the dot sits between digits; a name in capitals such as <c>VS</c> before a capital still ends the
/// sentence), at blank lines, and at a line break unless the line runs on in lower case. Offsets are those of the
/// text; whitespace between sentences belongs to no sentence.
/// </summary>
public static class SentenceSplitter
{
    public static List<(int Start, int End)> Split(string text, IReadOnlySet<string> abbreviations)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c)) start = i;
                continue;
            }
            if (c == '\n' && EndsLine(text, i))
            {
                Add(spans, text, start, i);
                start = -1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i, abbreviations))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '’' or '”' or ')' or '»') end++;
                Add(spans, text, start, end);
                start = -1;
                i = end - 1;
            }
        }
        if (start >= 0) Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool EndsLine(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r') before--;
        var after = newline + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r') after++;
        if (after >= text.Length || text[after] == '\n' || before < 0) return true;
        // a hard-wrapped line runs on: it ends in a word or comma and the next line starts in lower case
        var runsOn = (char.IsLetterOrDigit(text[before]) || text[before] == ',') && char.IsLower(text[after]);
        return !runsOn;
    }

    private static bool EndsSentence(string text, int dot, IReadOnlySet<string> abbreviations)
    {
        var next = dot + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '’' or '”' or ')' or '»') next++;
        if (next < text.Length && !char.IsWhiteSpace(text[next])) return text[dot] == '.' && next == dot + 1 && Glued(text, dot, abbreviations);
        if (text[dot] != '.') return true;
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        if (wordStart == dot) return !(dot > 0 && char.IsDigit(text[dot - 1]) && NextIsLowerOrDigit(text, next));
        // `de VS. Zulke …`: a name in capitals (`VS`, `EU`) is no abbreviation of the list (`vs.`, `jan.`)
        if (IsCapitals(text.AsSpan(wordStart, dot - wordStart)) && !NextIsLowerOrDigit(text, next)) return true;
        var word = text[wordStart..dot].ToLowerInvariant();
        return !abbreviations.Contains(word) || !NextIsLowerOrDigit(text, next) && word.Length > 3;
    }

    // `… een stikstofinstallatie.Eind januari maakte …`: scraped pages lose the space between paragraphs or sentences.
    // A dot between a lower-case word of three letters or more (no abbreviation) and a capital that starts a lower-case
    // word ends the sentence; `nu.nl`, `J.P. Balkenende`, `3.5` and `www.NOS.nl` do not match.
    private static bool Glued(string text, int dot, IReadOnlySet<string> abbreviations)
    {
        var next = dot + 1;
        if (next + 1 >= text.Length || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1])) return false;
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (dot - wordStart < 3 || wordStart > 0 && (text[wordStart - 1] == '.' || text[wordStart - 1] == '/' || text[wordStart - 1] == '@')) return false;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.ContainsAnyExcept(Lower)) return false;
        // `www.Omroep.nl`: a dot inside the next word makes the whole an address
        for (var i = next; i + 1 < text.Length && !char.IsWhiteSpace(text[i]); i++)
            if (text[i] == '.' && char.IsLetter(text[i + 1])) return false;
        return !abbreviations.Contains(word.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> Lower = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzáàâäéèêëíìîïóòôöúùûüçñ");

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExcept(Capitals);

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool NextIsLowerOrDigit(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from < text.Length && (char.IsLower(text[from]) || char.IsDigit(text[from]));
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
