namespace SiteGen.Timeline;

/// <summary>
/// Recognises articles whose reports give exactly the tokens of an article seen before (the same text filed twice,
/// under two names or by two outlets), so <see cref="MergeVocabulary"/> counts each text once. Token sets are known
/// by a 64-bit hash of their sorted tokens: two different sets among 100,000 articles share one with a chance of
/// about 1 in 3·10⁹, and the sets themselves need not be kept.
/// </summary>
internal sealed class ArticleCopies
{
    private readonly HashSet<ulong> seen = [];

    /// <summary>How many distinct token sets were offered.</summary>
    public int Distinct => seen.Count;

    /// <summary>Whether <paramref name="tokens"/> is a set no earlier article gave; it is remembered.</summary>
    public bool IsNew(IReadOnlySet<string> tokens)
    {
        var sorted = tokens.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return seen.Add(Fnv(sorted));
    }

    // FNV-1a over the tokens, each closed by a separator no token holds: stable across processes, unlike
    // string.GetHashCode.
    private static ulong Fnv(string[] tokens)
    {
        var hash = 14695981039346656037UL;
        foreach (var token in tokens)
        {
            foreach (var c in token) hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }
        return hash;
    }
}
