using SiteGen.Events;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Caching.BySession;

/// <summary>
/// The items the previous timeline of one `sitegen serve` session drafted, so a rebuild re-drafts only what an edit
/// touched. An unchanged article keeps its extraction object from build to build, hence the very same report
/// objects; a group of the same reports (same objects, same order) drafts the same item and anchor words, and an
/// item whose final anchor is unchanged is the same object again (<see cref="DraftedItem.Final"/>), which lets
/// rendering recognise it. Each build keeps exactly what it used.
/// </summary>
public sealed class RememberedItems : IReuse<ItemDraft, DraftedItem>
{
    private Dictionary<ExtractedEvent, DraftedItem> _items = new(ReferenceEqualityComparer.Instance);
    private List<DraftedItem> _current = [];
    private IReadOnlySet<string>? _stopWords;
    private IReadOnlySet<string>? _currentStopWords;
    private int _reused;

    /// <summary>Items drafted and reused by the last build.</summary>
    public (int Reused, int Drafted) LastCounts { get; private set; }

    public DraftedItem GetOrMake(ItemDraft draft, Func<ItemDraft, DraftedItem> make)
    {
        var drafted = Find(draft) is { } known ? known with { Cluster = draft.Cluster } : null;
        if (drafted is not null) Interlocked.Increment(ref _reused);
        drafted ??= make(draft);
        lock (_current) _current.Add(drafted);
        _currentStopWords = draft.StopWords;
        return drafted;
    }

    /// <summary>Replaces what the memory holds by the items of this build (with the stop words their anchors were made with).</summary>
    public void Commit()
    {
        var kept = new Dictionary<ExtractedEvent, DraftedItem>(_current.Count, ReferenceEqualityComparer.Instance);
        foreach (var item in _current) kept[item.Cluster.Members[0]] = item;
        _items = kept;
        _stopWords = _currentStopWords;
        LastCounts = (_reused, _current.Count - _reused);
        _current = [];
        _reused = 0;
    }

    // The same members, and the same reasons: a merge's scores weigh words by their rarity in the whole corpus, so
    // an edit elsewhere can change why the same reports are one item.
    private DraftedItem? Find(ItemDraft draft)
    {
        var members = draft.Cluster.Members;
        if (!ReferenceEquals(draft.StopWords, _stopWords) || !_items.TryGetValue(members[0], out var known)) return null;
        var before = known.Cluster.Members;
        if (before.Count != members.Count) return null;
        for (var i = 0; i < before.Count; i++)
            if (!ReferenceEquals(before[i], members[i])) return null;
        var reasons = draft.Cluster.Reasons;
        for (var i = 0; i < reasons.Count; i++)
            if (!known.Cluster.Reasons[i].SameAs(reasons[i])) return null;
        return known;
    }
}
