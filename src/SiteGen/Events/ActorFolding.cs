namespace SiteGen.Events;

/// <summary>
/// The site's actors (<see cref="Actors"/>, those with a page) and which site actor each per-article actor id
/// stands for (<see cref="Canonical"/>); an id missing there names no actor with a page.
/// </summary>
public sealed record ActorFolding(IReadOnlyDictionary<string, string> Canonical, IReadOnlyList<Actor> Actors)
{
    /// <summary>The site actors for a list of per-article ids: mapped, unknown ones left out, each once, in order.</summary>
    public IReadOnlyList<string> Map(IReadOnlyList<string> ids)
    {
        var mapped = new List<string>(ids.Count);
        foreach (var id in ids)
            if (Canonical.TryGetValue(id, out var c) && !mapped.Contains(c)) mapped.Add(c);
        return mapped;
    }
}
