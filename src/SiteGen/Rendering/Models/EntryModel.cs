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

    /// <summary>Who published each source, as a link into that article: the outlet's name, or the article's date when no outlet is known.</summary>
    public IReadOnlyList<LinkModel> Publishers { get; init; } = [];

    /// <summary>One of the story's key events (<see cref="Timeline.ItemSalience"/>): shown first.</summary>
    public bool Key { get; init; }

    /// <summary>How much the event matters (<see cref="Timeline.ItemSalience"/>): the home page of a split timeline shows the weightiest key events.</summary>
    public double Weight { get; init; }

    /// <summary>How precisely the date is known, for the marker: <c>day</c>, <c>week</c>, <c>month</c>, <c>season</c>, <c>year</c>, <c>decade</c>, <c>none</c>.</summary>
    public string Precision { get; init; } = "none";

    /// <summary>The modifier's letter for the time axis (<c>s</c>tart, <c>m</c>id, <c>e</c>nd) or empty.</summary>
    public string Mod { get; init; } = "";
}
