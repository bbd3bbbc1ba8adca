using System.Text;

namespace SiteGen.Caching.Store;

/// <summary>
/// One string object per distinct value among strings that recur across the entries of a kind: the key words, actor
/// ids and dates of events (1.8 million key words at 10,000 articles, a few thousand distinct), the rule names and
/// date values of articles. Every string a stage keeps is memory the process touches for the first time, which is
/// most of what reading the cache costs (measured: the events stage touches 100 MB instead of 145 MB). Not used for
/// page links: half of those URLs are distinct, and pooling them cost more than it saved. Striped locks, since each
/// stage reads on every core.
/// </summary>
public sealed class StringPool
{
    /// <summary>Longer strings are rarely repeated and are made afresh.</summary>
    public const int MaxLength = 256;

    private const int Stripes = 16;

    private readonly Dictionary<string, string>[] _stripes =
        [.. Enumerable.Range(0, Stripes).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[MaxLength];
        var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        var stripe = _stripes[(string.GetHashCode(value) & int.MaxValue) % Stripes];
        lock (stripe)
        {
            var lookup = stripe.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var known)) return known;
            var made = new string(value);
            stripe.Add(made, made);
            return made;
        }
    }
}
