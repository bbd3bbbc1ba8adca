namespace SiteGen.Timeline;

/// <summary>
/// Recognises articles whose reports give exactly the tokens of an article seen before (the same text filed twice,
/// under two names or by two outlets), so <see cref="MergeVocabulary"/> counts each text once. Token sets are known
/// by a 64-bit hash: the sum of a mixed 64-bit hash of each token, so the set needs no sorting (sorting every
/// article's tokens was half of building the vocabulary, which every `serve` rebuild does). Two different sets among
/// 100,000 articles share one with a chance of about 1 in 3·10⁹, and the sets themselves need not be kept.
/// </summary>
internal sealed class ArticleCopies
{
    private readonly HashSet<ulong> seen = [];

    /// <summary>How many distinct token sets were offered.</summary>
    public int Distinct => seen.Count;

    /// <summary>Whether <paramref name="tokens"/> is a set no earlier article gave; it is remembered.</summary>
    public bool IsNew(IReadOnlySet<string> tokens)
    {
        var hash = 0UL;
        foreach (var token in tokens) hash += Mix(Fnv(token));
        return seen.Add(hash);
    }

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static ulong Fnv(string token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    // SplitMix64's finalizer: FNV's low bits are weak, and a sum needs every bit of each term well mixed.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
