namespace SiteGen.Rendering.Models;

/// <summary>
/// One item on the timeline, whether it stands for an article (until events exist) or an event:
/// templates render both the same way. <see cref="Id"/> is the item's anchor on the index page.
/// <see cref="DateTime"/> is null when the value has no HTML form (vague or undated).
/// </summary>
public sealed record EntryModel(
    string Id,
    string DateLabel,
    string? DateTime,
    bool Estimated,
    bool Planned,
    string Text,
    string Url,
    IReadOnlyList<LinkModel> Sources,
    IReadOnlyList<LinkModel> Actors)
{
    /// <summary>The TIMEX value the entry is placed by (<c>2022-W09</c>), for the interactive timeline's time axis.</summary>
    public string? Value { get; init; }

    /// <summary>Filter keys of the entry's actors and of the outlets that reported it (front matter <c>source</c>).</summary>
    public IReadOnlyList<FacetValue> ActorKeys { get; init; } = [];

    public IReadOnlyList<FacetValue> SourceKeys { get; init; } = [];
}
