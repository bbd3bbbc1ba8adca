using SiteGen.Dating;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Models;
using SiteGen.Timeline;

namespace SiteGen.Reuse;

/// <summary>
/// The timeline entries of the previous render of one `sitegen serve` session, by the item object each was made
/// from (<see cref="TimelineMemo"/> keeps an unchanged item the same object). An entry is reused when its item is
/// that very object and what else it was made from is too: each source's article object and rendered body (its
/// title, link and sentence anchor), and each actor's link and filter key. Labels and URLs depend otherwise only on
/// the UI strings and options, whose change forgets the memo with the rest of <see cref="RenderMemo"/>.
/// </summary>
public sealed class EntryMemo
{
    private Dictionary<TimelineItem, Remembered> _previous = new(ReferenceEqualityComparer.Instance);

    /// <summary>Entries reused and made in the last render.</summary>
    public (int Reused, int Made) LastCounts { get; private set; }

    internal Remembered? Find(TimelineItem item) => _previous.GetValueOrDefault(item);

    /// <summary>Replaces what the memo holds by the entries of this render, item by item.</summary>
    internal void Keep(IReadOnlyList<TimelineItem> items, IReadOnlyList<Remembered> entries, int reused)
    {
        var kept = new Dictionary<TimelineItem, Remembered>(items.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++) kept[items[i]] = entries[i];
        _previous = kept;
        LastCounts = (reused, items.Count - reused);
    }

    internal void Clear() => _previous = new(ReferenceEqualityComparer.Instance);

    /// <summary>An entry with the article and body objects of its sources (null where a source has none).</summary>
    internal sealed record Remembered(DatedEntry Entry, Article?[] Articles, RenderedBody?[] Bodies);
}
