namespace SiteGen.Rendering.Models;

/// <summary>
/// A value readers can filter the timeline by (an actor, a source): <see cref="Id"/> is its URL-safe key
/// (<c>poetin</c>, <c>nos</c>), <see cref="Name"/> what the chip says, <see cref="Count"/> how many entries carry it.
/// </summary>
public sealed record FacetValue(string Id, string Name, int Count = 0);
