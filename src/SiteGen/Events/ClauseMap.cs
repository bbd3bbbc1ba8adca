namespace SiteGen.Events;

/// <summary>
/// The structure of one sentence as far as word lists can tell it, without a parser: what is quoted, what is in
/// brackets, and which stretches are subordinate clauses (`nadat de Raad van State in 2019 oordeelde`, `die het
/// Westen in 1991 deed`, a condition `Keurt het Lagerhuis het akkoord goed, dan …`, a purpose `om … te komen`).
/// A subordinate clause runs from its opening word to the next comma, semicolon, colon, dash or bracket outside
/// quotes, or to the end of the sentence. Offsets are into the sentence. Built in one pass over the words.
/// </summary>
internal sealed class ClauseMap
{
    private const string Boundaries = ",;:()[]–—";

    private readonly List<(int Start, int End)> quotes;
    private readonly List<(int Start, int End)> brackets;
    private readonly List<Clause> subordinates = [];

    private ClauseMap(string text, List<SentenceWord> words, List<(int, int)> quotes, List<(int, int)> brackets)
    {
        Text = text;
        Words = words;
        this.quotes = quotes;
        this.brackets = brackets;
    }

    public string Text { get; }

    public IReadOnlyList<SentenceWord> Words { get; }

    /// <summary>Subordinate clauses in text order; nested ones follow the clause they are in.</summary>
    public IReadOnlyList<Clause> Subordinates => subordinates;

    public IReadOnlyList<(int Start, int End)> Quotes => quotes;

    public bool InQuote(int at) => Within(quotes, at);

    public bool InBrackets(int at) => Within(brackets, at);

    /// <summary>Whether <paramref name="at"/> lies in the main clause: neither quoted nor in a subordinate clause.</summary>
    public bool InMainClause(int at) => !InQuote(at) && SubordinateAt(at) is null;

    /// <summary>The innermost subordinate clause holding <paramref name="at"/>, or null when it is in the main clause.</summary>
    public Clause? SubordinateAt(int at)
    {
        Clause? found = null;
        foreach (var c in subordinates)
            if (c.Start <= at && at < c.End && (found is null || c.Start >= found.Start)) found = c;
        return found;
    }

    /// <param name="dates">The sentence's date expressions (offsets into <paramref name="text"/>): `sinds 2015` opens no clause.</param>
    public static ClauseMap Of(string text, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var map = new ClauseMap(text, SentenceWord.Of(text), QuoteSpans(text), BracketSpans(text));
        map.FindSubordinates(syntax, dates);
        return map;
    }

    private void FindSubordinates(SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var words = (List<SentenceWord>)Words;
        if (words.Count == 0) return;
        OpeningCondition(syntax, dates);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (InQuote(w.Start)) continue;
            var kind = OpenerKind(i, syntax, dates);
            if (kind is null) continue;
            var end = kind == ClauseKind.Purpose ? PurposeEnd(i) : NextBoundary(w.End);
            if (end <= w.Start) continue;
            // `media als de Financial Times zondag`: a word that opens a clause only sometimes does so when a verb follows.
            if (syntax.Is("subject-led", w.Lower) && w.Lower != "dat" && kind != ClauseKind.Relative && !HasFinite(i + 1, end, syntax)) continue;
            subordinates.Add(new Clause(w.Start, end, kind.Value, w.Lower));
        }
    }

    // `Als het Lagerhuis …, dan …`, `Keurt het Lagerhuis het akkoord goed, dan …`: the part before the first comma is a
    // condition. A sentence opening with a finite verb is recognised by the `dan` after that comma.
    private void OpeningCondition(SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var first = Words[0];
        var comma = NextBoundary(first.End);
        if (comma >= Text.Length) return;
        var conditional = syntax.Is("conditional", first.Lower) && Words.Count > 1 && SubjectLike(1, syntax, dates);
        var rest = Text[comma..].TrimStart(',', ' ');
        var verbFirst = rest.StartsWith("dan ", StringComparison.OrdinalIgnoreCase)
            && !syntax.Is("subject", first.Lower) && !syntax.Is("preposition", first.Lower) && !syntax.Is("adverb", first.Lower);
        if (conditional || verbFirst) subordinates.Add(new Clause(first.Start, comma, ClauseKind.Conditional, first.Lower));
    }

    private ClauseKind? OpenerKind(int i, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var w = Words[i];
        var afterComma = i > 0 && PrecededByComma(w.Start);
        if (syntax.Is("subordinator", w.Lower))
            return w.Lower.StartsWith("waar", StringComparison.Ordinal) ? ClauseKind.Relative : ClauseKind.Adverbial;
        if (w.Lower == "om" && i + 1 < Words.Count && !Words[i + 1].Numeric && PurposeEnd(i) > w.End) return ClauseKind.Purpose;
        var previous = i > 0 ? Words[i - 1] : (SentenceWord?)null;
        var afterPreposition = previous is { } p && syntax.Is("preposition", p.Lower) && !afterComma;
        if (syntax.Is("relative", w.Lower) && i > 0 && !afterPreposition)
        {
            // `dat`/`die` after a noun or a comma; `wat`/`wie` only after a comma. `dat plan` is a determiner.
            if (w.Lower is "wat" or "wie") return afterComma ? ClauseKind.Relative : null;
            if (afterComma || i + 1 < Words.Count && (SubjectLike(i + 1, syntax, dates) || syntax.Is("adverb", Words[i + 1].Lower)
                || syntax.Is("preposition", Words[i + 1].Lower) || StartsDate(i + 1, dates)))
                return w.Lower == "dat" && !afterComma ? ClauseKind.Complement : ClauseKind.Relative;
            if (w.Lower == "die") return ClauseKind.Relative;
            return null;
        }
        if (syntax.Is("subject-led", w.Lower) && i + 1 < Words.Count && !StartsDate(i + 1, dates))
        {
            // `toen` after a verb is the adverb `then`; as a conjunction it follows a comma, a date or the sentence start.
            if (w.Lower == "toen" && i > 0 && !afterComma && !EndsDate(w.Start, dates)) return null;
            if (w.Lower == "of" && !afterComma) return null;
            if (w.Lower == "dat" && i == 0 && SubjectLike(1, syntax, dates)) return ClauseKind.Complement;
            if (i > 0 && SubjectLike(i + 1, syntax, dates)) return w.Lower == "dat" ? ClauseKind.Complement : ClauseKind.Adverbial;
            if (i == 0 && w.Lower == "toen" && SubjectLike(1, syntax, dates)) return ClauseKind.Adverbial;
        }
        return null;
    }

    private bool HasFinite(int from, int end, SyntaxWords syntax)
    {
        for (var j = from; j < Words.Count && Words[j].Start < end; j++)
            if (syntax.IsFinite(Words[j].Lower) && !Words[j].Capitalized) return true;
        return false;
    }

    /// <summary>A word that can open a subject: an article, pronoun or numeral, or a name (not the sentence's first word).</summary>
    public bool SubjectLike(int i, SyntaxWords syntax, IReadOnlyList<(int Start, int End)> dates)
    {
        var w = Words[i];
        if (StartsDate(i, dates)) return false;
        return syntax.Is("subject", w.Lower) || w.Numeric || w.Capitalized && i > 0;
    }

    private bool StartsDate(int i, IReadOnlyList<(int Start, int End)> dates)
    {
        foreach (var (start, end) in dates)
            if (Words[i].Start >= start && Words[i].Start < end) return true;
        return false;
    }

    private bool EndsDate(int at, IReadOnlyList<(int Start, int End)> dates)
    {
        foreach (var (_, end) in dates)
            if (end <= at && Text.AsSpan(end, at - end).Trim().IsEmpty) return true;
        return false;
    }

    private bool PrecededByComma(int at)
    {
        var j = at - 1;
        while (j >= 0 && Text[j] == ' ') j--;
        return j >= 0 && Text[j] == ',';
    }

    // `om de boel vlot te trekken`: up to the word after `te`, within the clause; 0 when there is no `te`.
    private int PurposeEnd(int om)
    {
        var boundary = NextBoundary(Words[om].End);
        for (var j = om + 1; j < Words.Count - 1 && Words[j].Start < boundary && j <= om + 15; j++)
            if (Words[j].Lower == "te") return Math.Min(boundary, Words[j + 1].End);
        return 0;
    }

    /// <summary>The next clause boundary at or after <paramref name="from"/> outside quotes, or the sentence end.</summary>
    public int NextBoundary(int from)
    {
        for (var i = from; i < Text.Length; i++)
        {
            if (!Boundaries.Contains(Text[i]) && !(Text[i] == '-' && i > 0 && Text[i - 1] == ' ' && i + 1 < Text.Length && Text[i + 1] == ' ')) continue;
            if (!InQuote(i)) return i;
        }
        return Text.Length;
    }

    private static bool Within(List<(int Start, int End)> spans, int at)
    {
        foreach (var (start, end) in spans)
            if (start <= at && at < end) return true;
        return false;
    }

    /// <summary>
    /// Quoted stretches. `„` and `“` open, `”` closes; `‘` opens and `’` closes unless it stands between letters
    /// (`VVD’er`); straight quotes open before a word and close after one. A closing mark with nothing open closes a
    /// quote begun in an earlier sentence, so everything before it is quoted; a quote still open runs to the end.
    /// </summary>
    internal static List<(int Start, int End)> QuoteSpans(string s)
    {
        var spans = new List<(int, int)>();
        var open = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is not ('„' or '“' or '”' or '‘' or '’' or '"' or '\'' or '«' or '»')) continue;
            var before = i > 0 && char.IsLetterOrDigit(s[i - 1]);
            var after = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
            if (c is '’' or '\'' && before && after) continue;
            bool opens = c switch
            {
                '„' or '“' or '«' => true,
                '”' or '»' => false,
                '‘' => !before,
                '’' => false,
                _ => !before && (after || i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]) && open.Count == 0) && !(open.Count > 0 && s[open.Peek()] == c),
            };
            if (opens)
            {
                open.Push(i);
                continue;
            }
            if (open.Count > 0) spans.Add((open.Pop(), i + 1));
            else if (c is not '’' || !before || i == s.Length - 1 || !char.IsLetter(s[i + 1])) spans.Add((0, i + 1));
        }
        while (open.Count > 0) spans.Add((open.Pop(), s.Length));
        return spans;
    }

    private static List<(int Start, int End)> BracketSpans(string s)
    {
        var spans = new List<(int, int)>();
        var open = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '(' or '[') open.Push(i);
            else if (s[i] is ')' or ']' && open.Count > 0) spans.Add((open.Pop(), i + 1));
        }
        while (open.Count > 0) spans.Add((open.Pop(), s.Length));
        return spans;
    }
}
