namespace SiteGen.Events;

/// <summary>
/// A common noun for an institution (`het kabinet`, `de senaat`): the actors it may stand for, in order of preference
/// (empty: an actor of its own), or <see cref="IsGovernment"/> to join the government the site names most.
/// </summary>
public sealed record GenericInstitution(string Noun, ActorKind Kind, IReadOnlyList<string> Targets, bool IsGovernment, string Display)
{
    /// <summary>The id of the actor the noun names in one article, before the site decides what it folds into.</summary>
    public string Id => IsGovernment ? ActorLexicon.GovernmentId : EventSlug.Of(Display);
}
