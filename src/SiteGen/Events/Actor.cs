namespace SiteGen.Events;

/// <summary>A person, country or organisation; <see cref="Id"/> is its slug (<c>poetin</c>), <see cref="Name"/> the display name.</summary>
public sealed record Actor(string Id, string Name, ActorKind Kind);
