namespace SiteGen.Events;

/// <summary>
/// Whether an acronym spells a name: its letters appear in order in the name, the first at the name's first letter,
/// and every capitalised word of the name gives at least its first letter (`AP` = Autoriteit Persoonsgegevens,
/// `RIVM` = Rijksinstituut voor Volksgezondheid en Milieu, `OSF` = Onafhankelijke SenaatsFractie). Lowercase joining
/// words (`voor`, `en`, `van de`) may give none.
/// </summary>
public static class AcronymMatch
{
    public static bool Spells(string acronym, string name)
    {
        var letters = acronym.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length < 2 || words.Length == 0 || words.Count(w => char.IsUpper(w[0])) > letters.Length || words.Length > 12) return false;
        // `PFOS` is no acronym of `PFOS-onderzoekscommissie`: it is a word of it.
        if (words.Any(w => string.Equals(w, acronym, StringComparison.OrdinalIgnoreCase))) return false;
        return Match(letters, 0, words, 0, 0);
    }

    // Letter `a` of the acronym against word `w` of the name from character `c` (0: the word's first letter).
    private static bool Match(char[] letters, int a, string[] words, int w, int c)
    {
        if (w == words.Length) return a == letters.Length;
        var word = words[w];
        var required = c == 0 && char.IsUpper(word[0]);
        if (a == letters.Length) return !required && Rest(words, w + 1);
        if (c == 0)
        {
            if (char.ToUpperInvariant(word[0]) == letters[a] && Match(letters, a + 1, words, w, 1)) return true;
            return !required && Match(letters, a, words, w + 1, 0);
        }
        // Inside a word: a later letter may be taken (`Rijks|instituut`, `Senaats|fractie`), or the word is done.
        for (var i = c; i < word.Length; i++)
            if (char.ToUpperInvariant(word[i]) == letters[a] && Match(letters, a + 1, words, w, i + 1)) return true;
        return Match(letters, a, words, w + 1, 0);
    }

    private static bool Rest(string[] words, int from)
    {
        for (var w = from; w < words.Length; w++) if (char.IsUpper(words[w][0])) return false;
        return true;
    }
}
