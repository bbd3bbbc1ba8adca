using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// Content words for matching reports of one event: lowercase words of four letters or more that are not stop
/// words, outside actor names and dates (those are compared apart). <see cref="Stem"/> is a crude prefix so
/// `verklaring`/`verklaarde` and `ontmoeting`/`ontmoetten` meet.
/// </summary>
public static partial class KeyWords
{
    public static IReadOnlyList<string> Of(
        string text, int start, int end, IReadOnlyList<(int Start, int End)> excluded, IReadOnlySet<string> stopWords)
    {
        var words = new List<string>();
        foreach (Match m in WordPattern().Matches(text[start..end]))
        {
            var at = start + m.Index;
            if (excluded.Any(x => x.Start < at + m.Length && at < x.End)) continue;
            var word = m.Value.ToLowerInvariant();
            if (word.Length < 4 || stopWords.Contains(word) || words.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    public static string Stem(string word) => word.Length > 6 ? word[..6] : word;

    /// <summary>Words of <paramref name="a"/> whose stem occurs in <paramref name="b"/>, in a's order.</summary>
    public static IReadOnlyList<string> Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var stems = b.Select(Stem).ToHashSet(StringComparer.Ordinal);
        return [.. a.Where(w => stems.Contains(Stem(w))).DistinctBy(Stem)];
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
