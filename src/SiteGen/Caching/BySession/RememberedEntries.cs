using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Caching.BySession;

/// <summary>
/// The timeline entries of the previous render of one `sitegen serve` session, by the item object each was made
/// from (<see cref="RememberedItems"/> keeps an unchanged item the same object). An entry is reused when its item is
/// that very object and what else it was made from is too: each source's article object and rendered body (its
/// title, link and sentence anchor), and equal actor links and filter keys. Labels and URLs depend otherwise only on
/// the UI strings and options, whose change (a new render salt) forgets every entry.
/// </summary>
public sealed class RememberedEntries : IReuse<EntryInputs, DatedEntry>
{
    private Dictionary<TimelineItem, (EntryInputs Inputs, DatedEntry Entry)> _previous = new(ReferenceEqualityComparer.Instance);
    private Dictionary<TimelineItem, (EntryInputs, DatedEntry)> _current = new(ReferenceEqualityComparer.Instance);
    private string? _salt;
    private int _reused;

    /// <summary>Entries reused and made in the last render.</summary>
    public (int Reused, int Made) LastCounts { get; private set; }

    /// <summary>Starts a render with this salt: a different salt than last time forgets every entry.</summary>
    public void Begin(string salt)
    {
        if (salt != _salt) _previous = new(ReferenceEqualityComparer.Instance);
        _salt = salt;
    }

    public DatedEntry GetOrMake(EntryInputs inputs, Func<EntryInputs, DatedEntry> make)
    {
        DatedEntry entry;
        if (_previous.TryGetValue(inputs.Item, out var known) && Same(known.Inputs, inputs))
        {
            entry = known.Entry;
            Interlocked.Increment(ref _reused);
        }
        else entry = make(inputs);
        lock (_current) _current[inputs.Item] = (inputs, entry);
        return entry;
    }

    /// <summary>Replaces what the memory holds by the entries of this render, item by item.</summary>
    public void Commit()
    {
        LastCounts = (_reused, _current.Count - _reused);
        _previous = _current;
        _current = new(ReferenceEqualityComparer.Instance);
        _reused = 0;
    }

    private static bool Same(EntryInputs before, EntryInputs now)
    {
        if (before.Articles.Length != now.Articles.Length || before.ActorLinks.Length != now.ActorLinks.Length) return false;
        for (var i = 0; i < now.Articles.Length; i++)
            if (!ReferenceEquals(before.Articles[i], now.Articles[i]) || !ReferenceEquals(before.Bodies[i], now.Bodies[i])) return false;
        for (var i = 0; i < now.ActorLinks.Length; i++)
            if (before.ActorLinks[i] != now.ActorLinks[i] || before.ActorKeys[i] != now.ActorKeys[i]) return false;
        return true;
    }
}
