namespace SiteGen.Rendering.Models;

/// <summary>The home page: the timeline grouped by year and month, then the undated items. <see cref="ShowsEvents"/> says what the entries are.</summary>
public sealed record IndexModel(
    IReadOnlyList<YearGroupModel> Years,
    IReadOnlyList<EntryModel> Undated,
    int Count,
    bool ShowsEvents)
{
    /// <summary>Links to every year page when the timeline is split over several pages (see <see cref="TimelinePages"/>); else null.</summary>
    public IReadOnlyList<LinkModel>? Periods { get; init; }

    /// <summary>Links to every month page of this page's year when that year is split by month; else null.</summary>
    public IReadOnlyList<LinkModel>? SubPeriods { get; init; }

    /// <summary>Every actor and every source on the timeline with its number of entries: the filter chips.</summary>
    public IReadOnlyList<FacetValue> Actors { get; init; } = [];

    public IReadOnlyList<FacetValue> Sources { get; init; } = [];
}
