using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// The actor names and word stems of one merge numbered in first-seen order, so that comparing two reports
/// compares ints: no string is reached or hashed, and no set of stem substrings is built, per pair.
/// </summary>
internal sealed class StringIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    // Key words repeat across reports: each word is cut to its stem once, not once per report.
    private readonly Dictionary<string, int> stemOfWord = new(StringComparer.Ordinal);

    public int IdOf(string value)
    {
        if (!ids.TryGetValue(value, out var id)) ids[value] = id = ids.Count;
        return id;
    }

    /// <summary>The id of <see cref="KeyWords.Stem"/>(<paramref name="word"/>).</summary>
    public int StemIdOf(string word)
    {
        if (!stemOfWord.TryGetValue(word, out var id)) stemOfWord[word] = id = IdOf(KeyWords.Stem(word));
        return id;
    }
}
