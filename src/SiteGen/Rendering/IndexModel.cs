namespace SiteGen.Rendering;

/// <summary>The home page: the timeline grouped by year and month, then the undated items. <see cref="ShowsEvents"/> says what the entries are.</summary>
public sealed record IndexModel(
    IReadOnlyList<YearGroupModel> Years,
    IReadOnlyList<EntryModel> Undated,
    int Count,
    bool ShowsEvents);
