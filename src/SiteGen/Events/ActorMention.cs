namespace SiteGen.Events;

/// <summary>
/// Where an article names an actor: a span of the source text. Role mentions hold the phrase so they can be checked
/// against an event's year; <see cref="Use"/> says how the span names the actor.
/// </summary>
public sealed record ActorMention(int Start, int End, string ActorId, ActorPhrase? Phrase, ActorMentionUse Use = ActorMentionUse.Name);
