namespace SiteGen.Events;

/// <summary>Disjoint sets of <see cref="ActorGroup"/>s (union-find): each set becomes one actor of the site.</summary>
internal sealed class ActorSets(Dictionary<string, ActorGroup> groups)
{
    private readonly Dictionary<ActorGroup, ActorGroup> parent = [];
    private readonly HashSet<ActorGroup> dropped = [];

    // The members of each set by its head, kept on every union so no question walks all groups.
    private readonly Dictionary<ActorGroup, List<ActorGroup>> members = groups.Values.ToDictionary(g => g, g => new List<ActorGroup> { g });

    public Dictionary<string, ActorGroup> Groups { get; } = groups;

    public ActorGroup Find(ActorGroup g)
    {
        while (parent.TryGetValue(g, out var p)) g = p;
        return g;
    }

    /// <summary>Joins <paramref name="other"/>'s set into <paramref name="head"/>'s, with the reason shown for its names.</summary>
    public void Union(ActorGroup head, ActorGroup other, string because)
    {
        var (a, b) = (Find(head), Find(other));
        if (a == b) return;
        parent[b] = a;
        members[a].AddRange(members[b]);
        members.Remove(b);
        b.Because ??= because;
        if (dropped.Remove(b)) dropped.Add(a);
    }

    /// <summary>The set stays off the site: what it names cannot be told apart (a surname two people share).</summary>
    public void Drop(ActorGroup g) => dropped.Add(Find(g));

    public bool IsDropped(string id) => Groups.TryGetValue(id, out var g) && dropped.Contains(Find(g));

    public bool IsJoined(ActorGroup g) => members[Find(g)].Count > 1;

    public IReadOnlyList<ActorGroup> Members(ActorGroup g) => members[Find(g)];

    /// <summary>Every set, its head first, in a fixed order.</summary>
    public IEnumerable<IReadOnlyList<ActorGroup>> Sets() =>
        members.Select(s => (IReadOnlyList<ActorGroup>)[s.Key, .. s.Value.Where(g => g != s.Key).OrderBy(g => g.Id, StringComparer.Ordinal)])
            .OrderBy(s => s[0].Id, StringComparer.Ordinal);
}
