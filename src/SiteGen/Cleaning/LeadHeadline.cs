
namespace SiteGen.Cleaning;

/// <summary>
/// Makes a headline from a lead paragraph: its first sentence, cut when longer than <see cref="Target"/> characters.
/// Boundaries, best first: the last comma, colon or dash within the target; the last clause word within it
/// (language data: "omdat", "dat", ...); the first of those a little past it (up to <see cref="Stretch"/>); then the
/// last phrase word ("via", "naar") up to <see cref="Stretch"/>; else, or when the cut would part an auxiliary from
/// the verb that ends the sentence (`hebben | … gesloten`), the last word boundary with an ellipsis. Never cuts inside a word
/// when the text has words, nor inside brackets (`Ministers Van der Wal (Natuur en Stikstof, VVD) en …`).
/// </summary>
public sealed partial class LeadHeadline(IReadOnlyList<string> clauseWords, IReadOnlyList<string> phraseWords, IReadOnlySet<string> abbreviations,
    IReadOnlySet<string>? auxiliaries = null)
{
    public const int Target = 90;
    public const int Stretch = 100;
    private const int MinCut = 30;
    private static readonly string[] Punctuation = [", ", "; ", ": ", " – ", " — ", " - "];

    public static LeadHeadline ForLanguage(string language)
    {
        var words = LanguageData.Lines(language, "clauses.txt").Select(l => l.Text.Split(' ', 2)).Where(w => w.Length == 2).ToList();
        return new LeadHeadline(
            words.Where(w => w[0] == "clause").Select(w => $" {w[1]} ").ToList(),
            words.Where(w => w[0] == "phrase").Select(w => $" {w[1]} ").ToList(),
            LanguageData.Lines(language, "abbreviations.txt").Select(l => l.Text).ToHashSet(StringComparer.Ordinal),
            words.Where(w => w[0] == "aux").Select(w => w[1]).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The headline, or an empty string when the paragraph has no letters or digits.</summary>
    public string From(string paragraph)
    {
        var sentence = FirstSentence(paragraph).TrimEnd();
        sentence = TrimFinalPeriod(sentence);
        if (!sentence.Any(char.IsLetterOrDigit)) return "";
        if (sentence.Length <= Target) return sentence;

        var clauses = Punctuation.Concat(clauseWords).ToList();
        // A phrase boundary keeps as much of the sentence as fits the stretch: `… hebben vanavond tijdens een ultiem
        // overleg geen akkoord bereikt over …` cut before `tijdens` would leave the verb's object and participle out.
        var punctuation = LastBoundary(sentence, Punctuation);
        var cut = punctuation ?? LastBoundary(sentence, clauseWords) ?? FirstBoundaryPast(sentence, clauses)
                  ?? LastBoundary(sentence, phraseWords, Stretch);
        if (cut is { } at && (punctuation is not null || !StrandsVerb(sentence, at))) return sentence[..at].TrimEnd(',', ';', ':', ' ');

        var space = sentence.LastIndexOf(' ', Target - 1);
        // Never end inside brackets: `Ministers X (Natuur en…` reads as a broken title.
        while (space >= MinCut && Brackets.Encloses(sentence, space)) space = sentence.LastIndexOf(' ', space - 1);
        var end = space >= MinCut ? space : Target - 1;
        if (char.IsHighSurrogate(sentence[end - 1])) end--;
        return sentence[..end].TrimEnd(',', ';', ':', ' ') + "…";
    }

    // `De EU en het VK hebben | na maanden een akkoord gesloten.`: the kept part has an auxiliary or modal and the verb
    // it governs ends the sentence, after the cut.
    // The participle must end the main clause: one after a clause word in the rest (`in een land waarin … heeft
    // plaatsgevonden`) is that clause's, and one in the kept part already completes the auxiliary (`hebben … bereikt`).
    private bool StrandsVerb(string sentence, int at)
    {
        if (auxiliaries is null || auxiliaries.Count == 0) return false;
        var kept = sentence[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var aux = Array.FindIndex(kept, w => auxiliaries.Contains(w.ToLowerInvariant()));
        if (aux < 0 || kept.Skip(aux + 1).Any(w => Participle().IsMatch(w))) return false;
        var rest = sentence[at..].TrimEnd('.', '!', '?', '"', '\'', '’', '”', ' ');
        if (clauseWords.Any(c => rest.Contains(c, StringComparison.Ordinal))) return false;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Participle().IsMatch(words[^1]);
    }

    // A participle by its form; a plural in -ingen (`gemeenteraadsverkiezingen`) looks the same but is a noun.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?!\p{Ll}*ingen$)(?:(?:ge|be|ver|ont|her|er)\p{Ll}{2,}|\p{Ll}{2,}ge\p{Ll}{2,})(?:d|t|en)$")]
    private static partial System.Text.RegularExpressions.Regex Participle();

    private static int? LastBoundary(string sentence, IEnumerable<string> markers, int within = Target)
    {
        int? best = null;
        foreach (var marker in markers)
        {
            var at = sentence.LastIndexOf(marker, Math.Min(within, sentence.Length - 1), StringComparison.Ordinal);
            while (at >= MinCut && (Brackets.Encloses(sentence, at) || InInfinitiveClause(sentence, at)))
                at = at > 0 ? sentence.LastIndexOf(marker, at - 1, StringComparison.Ordinal) : -1;
            if (at >= MinCut && (best is null || at > best)) best = at;
        }
        return best;
    }

    // `het besluit om het agentschap (EMA) in Amsterdam te vestigen`: a cut between `om` and its `te` leaves the
    // clause open; the cut goes before `om` instead.
    private static bool InInfinitiveClause(string sentence, int at)
    {
        var om = sentence.LastIndexOf(" om ", at - 1, StringComparison.Ordinal);
        return om >= 0 && om < at && sentence.IndexOf(" te ", om, at - om, StringComparison.Ordinal) < 0
            && sentence.IndexOf(" te ", at, StringComparison.Ordinal) >= 0;
    }

    private static int? FirstBoundaryPast(string sentence, IEnumerable<string> markers)
    {
        int? best = null;
        foreach (var marker in markers)
        {
            var at = sentence.IndexOf(marker, Target, StringComparison.Ordinal);
            if (at > Target && at <= Stretch && !Brackets.Encloses(sentence, at) && (best is null || at < best)) best = at;
        }
        return best;
    }

    private string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < text.Length && text[next] is '\'' or '"' or '’' or '”' or ')') next++;
            if (next < text.Length && text[next] != ' ') continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            return text[..next];
        }
        return text;
    }

    private bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..period];
        return word.Length == 1 && char.IsUpper(word[0]) || abbreviations.Contains(word.ToLowerInvariant());
    }

    private static string TrimFinalPeriod(string sentence)
    {
        var end = sentence.Length;
        while (end > 0 && sentence[end - 1] is '\'' or '"' or '’' or '”') end--;
        return end > 0 && sentence[end - 1] == '.' ? sentence[..(end - 1)] + sentence[end..] : sentence;
    }
}
