namespace SiteGen.Events;

/// <summary>
/// The lowercase form of a word, as one shared string per distinct word on each thread. Every sentence is cut into
/// words several times (clause map, predicate classes, key words), and a news vocabulary repeats its words in every
/// article: a substring and its lowercase copy per word were a quarter of what event extraction allocated.
/// </summary>
internal static class LowerWords
{
    private const int MaxLength = 64;

    private const int MaxRemembered = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? known;

    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return word.ToString().ToLowerInvariant();
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var words = known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var found)) return found;
        // Dropped whole when full: a corpus with more distinct words than this gains little from the rest anyway.
        if (words.Count >= MaxRemembered) words.Clear();
        var made = new string(lower);
        words.Add(made, made);
        return made;
    }
}
