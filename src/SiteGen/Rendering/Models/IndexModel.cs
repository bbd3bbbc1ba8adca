namespace SiteGen.Rendering.Models;

/// <summary>
/// A timeline page: the home page, or one period's page (a year, a month, part of a month, the undated items) when
/// the timeline is split (<see cref="TimelinePages"/>). Entries are grouped by year and month, then the undated ones.
/// <see cref="ShowsEvents"/> says what the entries are.
/// </summary>
public sealed record IndexModel(
    IReadOnlyList<YearGroupModel> Years,
    IReadOnlyList<EntryModel> Undated,
    int Count,
    bool ShowsEvents)
{
    /// <summary><c>home</c>, or for a period page <c>period</c>.</summary>
    public string Kind { get; init; } = "home";

    /// <summary>The page's own heading (<c>2022</c>, <c>Maart 2022</c>); null on the home page, whose heading is the site's title.</summary>
    public string? Heading { get; init; }

    /// <summary>What the page holds, in a sentence (period pages).</summary>
    public string? Lede { get; init; }

    /// <summary>What the list shows, as the count in the bar says it before any filter (null: the template's default wording).</summary>
    public string? Summary { get; init; }

    /// <summary>Links to every period page (years and the undated page) when the timeline is split; else null.</summary>
    public IReadOnlyList<LinkModel>? Periods { get; init; }

    /// <summary>The link of <see cref="Periods"/> this page belongs to (its year's first page), marked as current.</summary>
    public string? CurrentPeriod { get; init; }

    /// <summary>Links to every month page of this page's year when that year is split by month; else null.</summary>
    public IReadOnlyList<LinkModel>? SubPeriods { get; init; }

    /// <summary>The period pages before and after this one in time (null at the ends and on the home page).</summary>
    public LinkModel? Previous { get; init; }

    public LinkModel? Next { get; init; }

    /// <summary>Every actor and every source on the page with its number of entries: the filter chips.</summary>
    public IReadOnlyList<FacetValue> Actors { get; init; } = [];

    public IReadOnlyList<FacetValue> Sources { get; init; } = [];

    /// <summary>Key events on this page; when <see cref="KeyView"/>, the page opens showing only those.</summary>
    public int KeyCount { get; init; }

    public bool KeyView { get; init; }

    public bool UndatedHasKey => Undated.Any(e => e.Key);

    /// <summary>Entries on the whole timeline, all pages together (home page only: a period page must not change with every count elsewhere).</summary>
    public int SiteCount { get; init; }

    /// <summary>Whether the timeline spans several pages: search and deep links then look beyond this page.</summary>
    public bool Split { get; init; }

    /// <summary>The time axis of the whole timeline (<see cref="TimeAxis"/>) when it is written into the page; null when it is fetched (a split timeline).</summary>
    public string? Axis { get; init; }
}
