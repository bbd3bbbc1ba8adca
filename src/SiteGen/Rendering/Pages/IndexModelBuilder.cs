using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Groups entries, already in <see cref="TimelineOrder"/>, under year and month headings for the timeline. Each
/// group is one unbroken run of that order (<see cref="PeriodGroup"/>): a year opens with what is dated to its
/// start and closes with what is known only to the year; decades and centuries form their own groups; undated
/// items go last.
/// </summary>
public static class IndexModelBuilder
{
    public static IndexModel Build(IReadOnlyList<DatedEntry> entries, bool showsEvents, DateLabeler labeler, UiStrings strings)
    {
        var (years, undated) = Group(entries, labeler, strings);
        return WithFacets(new IndexModel(years, undated, entries.Count, showsEvents));
    }

    /// <summary>The year groups of the dated entries, in order, and the undated entries.</summary>
    public static (List<YearGroupModel> Years, List<EntryModel> Undated) Group(IEnumerable<DatedEntry> entries, DateLabeler labeler, UiStrings strings)
    {
        var years = new List<YearGroupModel>();
        var undated = new List<EntryModel>();
        string? yearKey = null, groupKey = null;
        List<MonthGroupModel>? months = null;
        List<EntryModel>? current = null;
        foreach (var entry in entries)
        {
            if (PeriodGroup.Of(entry.Value, entry.Mod) is not { } period)
            {
                undated.Add(entry.Entry);
                continue;
            }
            if (period.Year != yearKey)
            {
                yearKey = period.Year;
                groupKey = null;
                months = [];
                years.Add(new YearGroupModel(YearLabel(period, labeler), "t-" + period.Year, months) { Key = period.Year });
            }
            if (period.Key != groupKey)
            {
                groupKey = period.Key;
                current = [];
                months!.Add(new MonthGroupModel(GroupLabel(period, labeler, strings), "t-" + period.Key, current) { Month = period.Month });
            }
            current!.Add(entry.Entry);
        }
        return (years, undated);
    }

    /// <summary>The model with filter chips (and their counts) for exactly the entries it shows.</summary>
    public static IndexModel WithFacets(IndexModel model)
    {
        var shown = model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(model.Undated).ToList();
        return model with
        {
            Actors = Facet(shown.SelectMany(e => e.ActorKeys), MaxActorChips),
            Sources = Facet(shown.SelectMany(e => e.SourceKeys), MaxSourceChips),
        };
    }

    /// <summary>
    /// The most chips a page offers per facet: a wall of hundreds of chips helps nobody and costs thousands of
    /// elements; rarer actors and sources are found by searching their names.
    /// </summary>
    public const int MaxActorChips = 40, MaxSourceChips = 20;

    /// <summary>Distinct values with their counts, most frequent first, then by name.</summary>
    private static IReadOnlyList<FacetValue> Facet(IEnumerable<FacetValue> values, int limit) =>
        values.GroupBy(v => v.Id, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.First().Name, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    // A year group is a calendar year, or a decade or century itself (199), or one opened by its start (199-begin).
    private static string YearLabel(PeriodGroup period, DateLabeler labeler) =>
        period.Year.Length == 4 || period.Year == period.Value ? labeler.Label(period.Year) : labeler.Label(period.Value, period.HeadingMod);

    private static string GroupLabel(PeriodGroup period, DateLabeler labeler, UiStrings strings) =>
        period.Month is { } month ? labeler.Label(month)
        : period.HeadingMod == Temporal.TimexMod.None ? strings.Text("whole_period").Replace("{label}", labeler.Label(period.Value))
        : labeler.Label(period.Value, period.HeadingMod);
}
