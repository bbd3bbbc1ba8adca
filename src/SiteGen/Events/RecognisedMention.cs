namespace SiteGen.Events;

/// <summary>A mention while recognition runs: it points at the entity object, which folding may still replace.</summary>
internal sealed record RecognisedMention(int Start, int End, ArticleEntity Entity, ActorMentionUse Use, ActorPhrase? Phrase = null)
{
    public ArticleEntity Entity { get; set; } = Entity;

    public ActorMentionUse Use { get; set; } = Use;
}
