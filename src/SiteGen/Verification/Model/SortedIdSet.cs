using System.Collections;

namespace SiteGen.Verification.Model;

/// <summary>
/// A page's ids as its verdict stores them, sorted: looked up by binary search instead of being put in a hash set.
/// A rebuild of 10,000 articles takes 576,000 ids from the cache, and only the anchor check looks any of them up.
/// </summary>
public sealed class SortedIdSet : IReadOnlySet<string>
{
    private readonly string[] _ids;

    /// <summary>The set of <paramref name="ids"/>; sorted and distinct as a verdict keeps them, or made so.</summary>
    public SortedIdSet(IReadOnlyList<string> ids)
    {
        var sorted = true;
        for (var i = 1; i < ids.Count && sorted; i++) sorted = string.CompareOrdinal(ids[i - 1], ids[i]) < 0;
        _ids = sorted ? ids as string[] ?? [.. ids] : [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public int Count => _ids.Length;

    public bool Contains(string item) => Array.BinarySearch(_ids, item, StringComparer.Ordinal) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_ids).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The set operations nobody in the verifier uses: answered by a hash set made for the call.
    public bool IsProperSubsetOf(IEnumerable<string> other) => AsHashSet().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => AsHashSet().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => AsHashSet().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => AsHashSet().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => AsHashSet().SetEquals(other);

    private HashSet<string> AsHashSet() => new(_ids, StringComparer.Ordinal);
}
