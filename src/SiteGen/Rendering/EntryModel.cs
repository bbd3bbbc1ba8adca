namespace SiteGen.Rendering;

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
    IReadOnlyList<LinkModel> Actors);
