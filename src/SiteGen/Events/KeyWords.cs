namespace SiteGen.Events;

/// <summary>
/// Content words for matching reports of one event: lowercase words of four letters or more that are not stop
/// words, outside actor names and dates (those are compared apart). <see cref="Stem"/> is the Dutch Snowball stemmer
/// (Lucene.Net), so `verklaring`/`verklaringen` and `uitkoopregeling`/`uitkoopregelingen` meet; on the dev dossier it
/// merged better than the first six letters it replaced, which also joined `kabinet` with `kabinetsformatie`.
/// </summary>
public static class KeyWords
{
    // Snowball stemmers keep state between calls: one per thread.
    [ThreadStatic]
    private static Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer? stemmer;

    /// <summary>
    /// The key words of text[start..end), in order, each once; at most <paramref name="limit"/>. A word is a run of
    /// letters (Unicode category L, as the regex <c>\p{L}+</c> has it), scanned by hand: this runs for every event
    /// and every timeline item, and a regex match per word was most of the cost of making timeline anchors.
    /// </summary>
    public static IReadOnlyList<string> Of(
        string text, int start, int end, IReadOnlyList<(int Start, int End)> excluded, IReadOnlySet<string> stopWords,
        int limit = int.MaxValue)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Words are scanned left to right, so the excluded spans are walked once in order of their starts, keeping
        // the furthest end seen: a word overlaps one of them exactly when a span starting before the word's end
        // reaches past its start. (A scan of every span for every word, and a list search for every word seen, made
        // this quadratic in a long paragraph; issue 16.)
        var spans = excluded.OrderBy(e => e.Start).ToArray();
        var next = 0;
        var reach = int.MinValue;
        var at = start;
        while (at < end && words.Count < limit)
        {
            if (!char.IsLetter(text[at])) { at++; continue; }
            var from = at;
            while (at < end && char.IsLetter(text[at])) at++;
            while (next < spans.Length && spans[next].Start < at) reach = Math.Max(reach, spans[next++].End);
            // Lowercasing keeps the length (invariant casing maps char to char).
            if (at - from < 4 || reach > from) continue;
            var word = LowerWords.Of(text.AsSpan(from, at - from));
            if (stopWords.Contains(word) || !seen.Add(word)) continue;
            words.Add(word);
        }
        return words;
    }

    /// <summary>
    /// The hyphenated compounds of text[start..end) written closed, lowercase, in order, each once: Dutch writes one
    /// compound both ways (`Brexit-onderhandelingen`, `brexitonderhandelingen`; `stikstof-aanpak`, `stikstofaanpak`),
    /// and <see cref="Of"/> sees only the parts of the hyphenated form, so two reports in the two spellings shared
    /// only the commonest part. A compound that overlaps an excluded span (an actor, a date: `EU-leiders`) or is a
    /// stop word gives none.
    /// </summary>
    public static IReadOnlyList<string> JoinedCompounds(
        string text, int start, int end, IReadOnlyList<(int Start, int End)> excluded, IReadOnlySet<string> stopWords)
    {
        var compounds = new List<string>();
        var at = start;
        while (at < end)
        {
            if (!char.IsLetter(text[at])) { at++; continue; }
            var from = at;
            var parts = 0;
            while (true)
            {
                while (at < end && char.IsLetter(text[at])) at++;
                parts++;
                if (at + 1 < end && text[at] == '-' && char.IsLetter(text[at + 1])) at++;
                else break;
            }
            if (parts < 2 || Overlaps(excluded, from, at)) continue;
            var word = text[from..at].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            if (!stopWords.Contains(word) && !compounds.Contains(word)) compounds.Add(word);
        }
        return compounds;
    }

    // A loop, not a lambda: a lambda over `from` and `at` made a closure for every word of every event's context.
    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int from, int to)
    {
        foreach (var (start, end) in spans)
            if (start < to && from < end) return true;
        return false;
    }

    // The stems a thread has made: a news vocabulary repeats its words in every article, and the stemmer allocates
    // on every call (a third of the stemming cost of a build went to words stemmed before). Dropped whole when full.
    [ThreadStatic]
    private static Dictionary<string, string>? stems;

    private const int MaxRememberedStems = 200_000;

    public static string Stem(string word)
    {
        var known = stems ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.TryGetValue(word, out var stem)) return stem;
        var s = stemmer ??= new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer();
        s.SetCurrent(word);
        s.Stem();
        if (known.Count >= MaxRememberedStems) known.Clear();
        return known[word] = s.Current;
    }

    /// <summary>Words of <paramref name="a"/> whose stem occurs in <paramref name="b"/>, in a's order.</summary>
    public static IReadOnlyList<string> Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var stems = b.Select(Stem).ToHashSet(StringComparer.Ordinal);
        return [.. a.Where(w => stems.Contains(Stem(w))).DistinctBy(Stem)];
    }
}
