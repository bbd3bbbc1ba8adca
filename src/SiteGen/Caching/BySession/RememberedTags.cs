using SiteGen.Events;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Caching.BySession;

/// <summary>
/// An article's events as the previous timeline of a `serve` session tagged them with their item anchors, reused
/// while the article's extraction is the same object and the anchors are the same, so the event list stays one
/// object and what rendering keeps per event list (<see cref="Rendering.Pages.ArticlePageInputs"/>) holds.
/// </summary>
public sealed class RememberedTags : IReuse<EventTagging, IReadOnlyList<ArticleEvent>>
{
    private Dictionary<ArticleExtraction, (string?[] ItemIds, IReadOnlyList<ArticleEvent> Events)> _events = new(ReferenceEqualityComparer.Instance);
    private Dictionary<ArticleExtraction, (string?[], IReadOnlyList<ArticleEvent>)> _current = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<ArticleEvent> GetOrMake(EventTagging tagging, Func<EventTagging, IReadOnlyList<ArticleEvent>> make)
    {
        var events = _events.TryGetValue(tagging.Extraction, out var known) && known.ItemIds.AsSpan().SequenceEqual(tagging.ItemIds)
            ? known.Events
            : make(tagging);
        lock (_current) _current[tagging.Extraction] = (tagging.ItemIds, events);
        return events;
    }

    public void Commit()
    {
        _events = _current;
        _current = new(ReferenceEqualityComparer.Instance);
    }
}
