namespace SiteGen.CorpusGenerator;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and platform, unlike
/// <see cref="Random"/> whose algorithm is an implementation detail. Byte-identical corpora depend on that.
/// </summary>
public sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item (article, story) so that item k does not depend on how many came before.</summary>
    public static DeterministicRandom For(ulong seed, ulong stream, long index) =>
        new(Mix(seed ^ Mix(stream * 0x9E3779B97F4A7C15UL + (ulong)index)));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, max); the tiny modulo bias is irrelevant for a text corpus.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Distinct items in their list order (stable, so output does not depend on hash ordering).</summary>
    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            chosen.Add(Next(items.Count));
        }

        return chosen.Select(i => items[i]).ToList();
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
