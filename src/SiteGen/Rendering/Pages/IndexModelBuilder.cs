using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Groups ordered entries by year and month for the index. Items known only to a year, quarter or season come first
/// in their year, under the year's own heading; decades and centuries form their own groups; undated items go last.
/// </summary>
public static class IndexModelBuilder
{
    public static IndexModel Build(IReadOnlyList<DatedEntry> entries, bool showsEvents, DateLabeler labeler, UiStrings strings)
    {
        var years = new List<YearGroupModel>();
        var undated = new List<EntryModel>();
        foreach (var yearGroup in entries.Where(e => TimexPeriod.StartOf(e.Value) is not null).GroupBy(e => YearKey(e.Value!)))
        {
            var months = yearGroup
                .GroupBy(e => TimelineOrder.HasMonth(e.Value!) ? MonthKey(e.Value!) : "")
                .Select(g => new MonthGroupModel(
                    g.Key.Length == 0 ? strings.Text("whole_period").Replace("{label}", labeler.Label(yearGroup.Key)) : labeler.Label(g.Key),
                    "t-" + (g.Key.Length == 0 ? yearGroup.Key + "-y" : g.Key), // the year itself is t-YYYY
                    g.Select(e => e.Entry).ToList()))
                .ToList();
            years.Add(new YearGroupModel(labeler.Label(yearGroup.Key), "t-" + yearGroup.Key, months));
        }
        undated.AddRange(entries.Where(e => TimexPeriod.StartOf(e.Value) is null).Select(e => e.Entry));
        return WithFacets(new IndexModel(years, undated, entries.Count, showsEvents));
    }

    /// <summary>The model with filter chips (and their counts) for exactly the entries it shows.</summary>
    public static IndexModel WithFacets(IndexModel model)
    {
        var shown = model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(model.Undated).ToList();
        return model with
        {
            Actors = Facet(shown.SelectMany(e => e.ActorKeys)),
            Sources = Facet(shown.SelectMany(e => e.SourceKeys)),
        };
    }

    /// <summary>Distinct values with their counts, most frequent first, then by name.</summary>
    private static IReadOnlyList<FacetValue> Facet(IEnumerable<FacetValue> values) =>
        values.GroupBy(v => v.Id, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.First().Name, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The year (<c>2022</c>), or the decade or century value itself when that is all that is known.</summary>
    private static string YearKey(string value) => value.Length >= 4 ? value[..4] : value;

    /// <summary>The month holding the start of the period (an ISO week belongs to the month of its Monday).</summary>
    private static string MonthKey(string value)
    {
        var start = TimexPeriod.StartOf(value)!.Value;
        var month = start.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) == value[..4] ? start.Month : 1;
        return value[..4] + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
