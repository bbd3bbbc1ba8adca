namespace SiteGen.Events;

/// <summary>
/// A person, country, organisation, institution or party; <see cref="Id"/> is its slug (<c>poetin</c>),
/// <see cref="Name"/> the display name. In one article's extraction it also holds what that article says of it:
/// the other names it uses (each with the reason it was folded here), the roles it gives (`minister van Landbouw`)
/// and how many times it names the actor. On the site's timeline it holds the same, gathered over all articles,
/// where <see cref="Mentions"/> counts the articles that name it and <see cref="ArticleIds"/> lists those where it acts.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind Kind)
{
    public IReadOnlyList<ActorAlias> Aliases { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public int Mentions { get; init; }

    /// <summary>On the site's timeline: the articles in which it acts (else those that name it), by id; empty per article.</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];
}
