namespace SiteGen.Rendering.Models;

/// <summary>A year or month of an actor's events: listed here (<see cref="Events"/>) or on a page of its own (<see cref="Url"/>).</summary>
public sealed record ActorPeriodModel(string Label, string Anchor, int Count, string? Url, IReadOnlyList<EntryModel> Events);
