namespace SiteGen.Events;

/// <summary>
/// How a mention names its actor, which decides whether it can act in a clause: a <see cref="Name"/> can; a
/// <see cref="Capital"/> only outside a place phrase; an <see cref="Adjective"/> only before an agent noun (else it
/// names no actor); an <see cref="Attribute"/> (`(Landbouw, VVD)`, `D66-Kamerlid`) describes a person next to it and
/// never acts; a <see cref="Reference"/> (`hij`, `de minister`) was resolved to an actor named before it.
/// </summary>
public enum ActorMentionUse { Name, Capital, Adjective, People, Role, Generic, Attribute, Reference }
