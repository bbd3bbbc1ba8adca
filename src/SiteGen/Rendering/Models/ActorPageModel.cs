namespace SiteGen.Rendering.Models;

/// <summary>
/// An actor page, or one of its period pages (<see cref="PeriodLabel"/> set) when the actor has more events than one
/// page holds. <see cref="Kind"/> and <see cref="Roles"/> are as the texts give them; <see cref="OtherNames"/> the other
/// names the texts use; <see cref="EventCount"/>, <see cref="ArticleCount"/>, <see cref="FirstDate"/> and
/// <see cref="LastDate"/> describe all of the actor's events; <see cref="Periods"/> are its years (or, on a year page,
/// months), each with its events or a link to its own page; <see cref="Latest"/> the newest events when the years are
/// on pages of their own; <see cref="Related"/> the actors most often in the same events; <see cref="TimelineUrl"/> the
/// timeline filtered on the actor; <see cref="Hidden"/> how many events a too-full month page leaves out;
/// <see cref="Articles"/> the newest articles in which it acts (<see cref="MoreArticles"/> more are left out), so an
/// actor whose events did not reach the timeline still leads somewhere.
/// </summary>
public sealed record ActorPageModel(string Name, string Kind)
{
    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> OtherNames { get; init; } = [];

    public int EventCount { get; init; }

    public int ArticleCount { get; init; }

    public string? FirstDate { get; init; }

    public string? LastDate { get; init; }

    public required string TimelineUrl { get; init; }

    public required string ActorUrl { get; init; }

    public string? PeriodLabel { get; init; }

    public IReadOnlyList<ActorPeriodModel> Periods { get; init; } = [];

    public IReadOnlyList<EntryModel> Latest { get; init; } = [];

    public IReadOnlyList<RelatedActorModel> Related { get; init; } = [];

    public int Hidden { get; init; }

    public IReadOnlyList<ActorArticleModel> Articles { get; init; } = [];

    public int MoreArticles { get; init; }
}
