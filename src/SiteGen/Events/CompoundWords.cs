namespace SiteGen.Events;

/// <summary>
/// A list of nouns matched ignoring case: a word matches an entry whole, as its part after the last hyphen
/// (`VN-topman`), and, for entries written with a leading `*`, as the end of a closed compound whose first part has
/// at least three letters (`landbouwminister`, `boerenactiegroep`). Each entry carries a value (a kind, a flag).
/// </summary>
internal sealed class CompoundWords<T>
{
    private readonly Dictionary<string, T> whole = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Tail, T Value)> tails = [];

    public CompoundWords(IEnumerable<(string Entry, T Value)> entries)
    {
        foreach (var (entry, value) in entries)
        {
            var word = entry.TrimStart('*');
            whole.TryAdd(word, value);
            if (entry.StartsWith('*')) tails.Add((word, value));
        }
        // Longest tail first, so `fractievoorzitter` is a `voorzitter` before it is anything shorter.
        tails.Sort((a, b) => b.Tail.Length.CompareTo(a.Tail.Length));
    }

    public int Count => whole.Count;

    public bool TryMatch(ReadOnlySpan<char> word, out T value)
    {
        var lookup = whole.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out value!)) return true;
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && lookup.TryGetValue(word[(hyphen + 1)..], out value!)) return true;
        foreach (var (tail, v) in tails)
        {
            if (word.Length >= tail.Length + 3 && word.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }
        value = default!;
        return false;
    }

    public bool Matches(ReadOnlySpan<char> word) => TryMatch(word, out _);
}
