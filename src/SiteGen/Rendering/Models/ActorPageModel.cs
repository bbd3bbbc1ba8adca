namespace SiteGen.Rendering.Models;

/// <summary>An actor page: the actor's events in time order.</summary>
public sealed record ActorPageModel(string Name, string Kind, IReadOnlyList<EntryModel> Events);
