namespace SiteGen.Events;

/// <summary>A name the texts use for an actor, with why it was taken to mean that actor (`surname of Carola Schouten`).</summary>
public sealed record ActorAlias(string Name, string Because);
