using System.Globalization;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Lays the timeline out over pages that each stay within <see cref="PageBudget"/>. A timeline that fits is the
/// home page alone. A larger one gets a page per year (<c>tijdlijn/2022/</c>); a year too large for one page is split
/// into a page per month (<c>tijdlijn/2022/03/</c>) while its year page keeps what is known only to the year and
/// lists the months; a month too large is split into parts (<c>tijdlijn/2022/03/2/</c>), cut between days; the
/// undated items get <c>tijdlijn/zonder-datum/</c>. Every entry lives on exactly one of these period pages, which
/// <see cref="UrlOf"/> names, so links from articles land on it without JavaScript. The home page of a split
/// timeline is an overview, not a copy of the newest period: the weightiest key events of the whole timeline, each
/// year linking to its page.
/// </summary>
public sealed class TimelinePages
{
    private readonly Dictionary<string, string> _pageOfEntry = new(StringComparer.Ordinal);

    private TimelinePages(IReadOnlyList<(string Path, string? Label, IndexModel Model)> pages) => Pages = pages;

    /// <summary>Path (site-relative, <c>""</c> for the home page), period label (null on the home page) and model of each page.</summary>
    public IReadOnlyList<(string Path, string? Label, IndexModel Model)> Pages { get; }

    /// <summary>Whether the timeline spans several pages.</summary>
    public bool Split => Pages.Count > 1;

    /// <summary>
    /// For the time axis of a split timeline: where each month is found (<c>year * 12 + month - 1</c> of its first
    /// month, and the page's path), in time order; empty when the timeline is one page.
    /// </summary>
    public IReadOnlyList<(int Month, string Path)> MonthPages { get; private set; } = [];

    public static TimelinePages Plan(IReadOnlyList<DatedEntry> entries, bool showsEvents, DateLabeler labeler, UiStrings strings, SiteUrls urls)
    {
        var index = IndexModelBuilder.Build(entries, showsEvents, labeler, strings);
        var all = entries.Select(e => e.Entry).ToList();
        var keys = all.Count(e => e.Key);
        if (PageBudget.Fits(all))
        {
            var single = new TimelinePages([("", null, index with
            {
                SiteCount = all.Count,
                KeyCount = keys,
                // Worth a view of their own when they are a few among many: at least three, at most half.
                KeyView = keys >= 3 && 2 * keys <= all.Count,
                Axis = TimeAxis.Of(entries),
            })]);
            foreach (var entry in all) single._pageOfEntry.TryAdd(entry.Id, urls.Page(""));
            return single;
        }

        var periods = new List<Period>();
        foreach (var year in index.Years)
        {
            var path = $"tijdlijn/{year.Key}/";
            if (PageBudget.Fits(year.Months.SelectMany(m => m.Entries)))
            {
                periods.Add(new Period(path, year.Label, [year], year.Key, year.Key.Length == 4 ? MonthIndex(year.Key + "-01") : null));
                continue;
            }
            // The year's own page keeps the coarse periods (begin 2022, ergens in 2022) and lists the months.
            var months = year.Months.Where(m => m.Month is not null).ToList();
            var coarse = year.Months.Where(m => m.Month is null).ToList();
            var overview = Parts(coarse).ToList();
            for (var i = 0; i < Math.Max(1, overview.Count); i++)
                periods.Add(new Period(OverviewPartPath(path, i), PartLabel(year.Label, i, overview.Count), i < overview.Count ? [year with { Months = overview[i] }] : [],
                    year.Key, null) { IsOverview = true });
            foreach (var month in months)
            {
                var parts = Parts([month]).ToList();
                for (var i = 0; i < parts.Count; i++)
                    periods.Add(new Period(PartPath($"{path}{month.Month![5..]}/", i), PartLabel(month.Label, i, parts.Count, parts[i], labeler),
                        [year with { Months = parts[i] }], year.Key, i == 0 ? MonthIndex(month.Month) : null));
            }
        }
        var undated = Parts([new MonthGroupModel(strings.Text("undated_heading"), "t-zonder-datum", index.Undated)]).ToList();
        for (var i = 0; i < undated.Count; i++)
            periods.Add(new Period(PartPath("tijdlijn/zonder-datum/", i), PartLabel(strings.Text("undated_heading"), i, undated.Count), [], "", null)
            {
                Undated = undated[i][0].Entries,
            });

        // The year navigation: each year's first page, and the undated page.
        var nav = periods.DistinctBy(p => p.YearKey).Select(p => new LinkModel(p.YearKey.Length > 0 ? YearLabelOf(p, index) : p.Label, urls.Page(p.Path))).ToList();
        var yearTotals = index.Years.GroupBy(y => y.Key).ToDictionary(g => g.Key, g => g.Sum(y => y.Count), StringComparer.Ordinal);
        var plan = new List<(string, string?, IndexModel)>();
        var home = Home(entries, labeler, strings, urls, periods, index) with { Periods = nav, SiteCount = all.Count, Split = true };
        plan.Add(("", null, home));
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var count = p.Years.Sum(y => y.Count) + p.Undated.Count;
            var model = new IndexModel(p.Years, p.Undated, count, showsEvents)
            {
                Kind = "period",
                Heading = Capitalize(p.Label),
                Lede = p.IsOverview
                    ? strings.Text("period_overview_lede").Replace("{total}", strings.Number(yearTotals.GetValueOrDefault(p.YearKey)))
                        .Replace("{n}", strings.Number(count)).Replace("{label}", p.Label)
                    : strings.Text(count == 1 ? "period_lede_one" : "period_lede").Replace("{n}", strings.Number(count)).Replace("{label}", p.Label),
                Summary = strings.Text("tl_count_all").Replace("{total}", strings.Number(count)),
                Periods = nav,
                CurrentPeriod = urls.Page(periods.First(q => q.YearKey == p.YearKey).Path),
                SubPeriods = SubPeriods(periods, p, urls, strings),
                Previous = i > 0 ? new LinkModel(periods[i - 1].Label, urls.Page(periods[i - 1].Path)) : null,
                Next = i + 1 < periods.Count ? new LinkModel(periods[i + 1].Label, urls.Page(periods[i + 1].Path)) : null,
                KeyCount = p.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(p.Undated).Count(e => e.Key),
                Split = true,
            };
            plan.Add((p.Path, p.Label, IndexModelBuilder.WithFacets(model)));
        }
        var result = new TimelinePages([.. plan.Select((p, i) => i == 0 ? p with { Item3 = IndexModelBuilder.WithFacets(p.Item3) } : p)])
        {
            MonthPages = [.. periods.Where(p => p.FirstMonth is not null).Select(p => (p.FirstMonth!.Value, p.Path))],
        };
        foreach (var p in periods)
            foreach (var entry in p.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(p.Undated))
                result._pageOfEntry.TryAdd(entry.Id, urls.Page(p.Path));
        return result;
    }

    /// <summary>The URL of the page holding timeline entry <paramref name="id"/> (the home page when it is not split).</summary>
    public string UrlOf(string id, SiteUrls urls) => _pageOfEntry.GetValueOrDefault(id) ?? urls.Page("");

    /// <summary>Every entry id with the path of its page, for the map that takes an old link to where its event lives now.</summary>
    public IEnumerable<(string Id, string Url)> EntryPages => _pageOfEntry.Select(p => (p.Key, p.Value));

    /// <summary>
    /// The home page of a split timeline: the key events (the weightiest first, as many as <see cref="PageBudget"/>
    /// allows), shown in time order under their years, each year linking to its own page.
    /// </summary>
    private static IndexModel Home(IReadOnlyList<DatedEntry> entries, DateLabeler labeler, UiStrings strings, SiteUrls urls,
        List<Period> periods, IndexModel index)
    {
        var chosen = new HashSet<int>();
        var (bytes, elements) = (0, 0);
        foreach (var i in Enumerable.Range(0, entries.Count)
                     .Where(i => entries[i].Value is not null)
                     .OrderByDescending(i => entries[i].Entry.Key).ThenByDescending(i => entries[i].Entry.Weight).ThenBy(i => i))
        {
            var (b, e) = PageBudget.Of(entries[i].Entry);
            if (chosen.Count >= PageBudget.HomeEntries || bytes + b > PageBudget.Bytes || elements + e > PageBudget.Elements) break;
            chosen.Add(i);
            (bytes, elements) = (bytes + b, elements + e);
        }
        var (years, _) = IndexModelBuilder.Group(chosen.Order().Select(i => entries[i]), labeler, strings);
        var totals = index.Years.GroupBy(y => y.Key).ToDictionary(g => g.Key, g => g.Sum(y => y.Count), StringComparer.Ordinal);
        var firstPage = periods.Where(p => p.YearKey.Length > 0).GroupBy(p => p.YearKey).ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);
        var shown = years.Select(y => y with
        {
            Total = totals.GetValueOrDefault(y.Key),
            Page = firstPage.TryGetValue(y.Key, out var path)
                ? new LinkModel(strings.Text("year_all").Replace("{n}", strings.Number(totals.GetValueOrDefault(y.Key))).Replace("{label}", y.Label), urls.Page(path))
                : null,
        }).ToList();
        var keys = chosen.Count(i => entries[i].Entry.Key);
        // Fewer key events than the page has room for: the weightiest others fill it, and the count does not call them key.
        return new IndexModel(shown, [], chosen.Count, index.ShowsEvents)
        {
            KeyCount = keys,
            Summary = strings.Text(keys == chosen.Count ? "home_split_count" : "home_split_count_weightiest")
                .Replace("{n}", strings.Number(chosen.Count)).Replace("{total}", strings.Number(entries.Count)),
        };
    }

    /// <summary>The month pages of the year this page belongs to, when that year is split by month.</summary>
    private static IReadOnlyList<LinkModel>? SubPeriods(List<Period> periods, Period page, SiteUrls urls, UiStrings strings)
    {
        if (page.YearKey.Length == 0) return null;
        var year = periods.Where(p => p.YearKey == page.YearKey).ToList();
        if (!year[0].IsOverview) return null;
        return [.. year.Where(p => p.FirstMonth is not null || ReferenceEquals(p, year[0]))
            .Select(p => new LinkModel(p.FirstMonth is { } m ? strings.Item("months", m % 12) : strings.Text("year_overview"), urls.Page(p.Path)))];
    }

    private static string YearLabelOf(Period p, IndexModel index) => index.Years.FirstOrDefault(y => y.Key == p.YearKey)?.Label ?? p.Label;

    /// <summary>
    /// The groups cut into pages within the budget, each part a list of (partial) groups. A cut falls between two
    /// days when one is near: it moves back at most a quarter of a page to the last change of day.
    /// </summary>
    private static IEnumerable<List<MonthGroupModel>> Parts(IReadOnlyList<MonthGroupModel> groups)
    {
        var flat = groups.SelectMany(g => g.Entries.Select(e => (Group: g, Entry: e))).ToList();
        var from = 0;
        while (from < flat.Count)
        {
            var (bytes, elements, to) = (0, 0, from);
            while (to < flat.Count)
            {
                var (b, e) = PageBudget.Of(flat[to].Entry);
                if (to > from && (bytes + b > PageBudget.Bytes || elements + e > PageBudget.Elements)) break;
                (bytes, elements, to) = (bytes + b, elements + e, to + 1);
            }
            if (to < flat.Count)
                for (var cut = to; cut > from + 3 * (to - from) / 4; cut--)
                    if (flat[cut].Entry.Value != flat[cut - 1].Entry.Value)
                    {
                        to = cut;
                        break;
                    }
            yield return [.. flat.Skip(from).Take(to - from).GroupBy(x => x.Group).Select(g => g.Key with { Entries = [.. g.Select(x => x.Entry)] })];
            from = to;
        }
    }

    private static string PartPath(string path, int part) => part == 0 ? path : $"{path}{part + 1}/";

    /// <summary>
    /// The parts of a year's own page live beside its month pages, so they are named apart: a tenth part numbered like
    /// the others would be the path of October (tijdlijn/2012/10/).
    /// </summary>
    private static string OverviewPartPath(string year, int part) => part == 0 ? year : $"{year}deel-{part + 1}/";

    private static string PartLabel(string label, int part, int parts) =>
        parts <= 1 ? label : $"{label} ({part + 1}/{parts})";

    /// <summary>A part of a month by the days it covers (<c>1 maart 2022 – 9 maart 2022</c>), else by its number.</summary>
    private static string PartLabel(string label, int part, int parts, List<MonthGroupModel> groups, DateLabeler labeler)
    {
        if (parts <= 1) return label;
        var days = groups.SelectMany(g => g.Entries).Select(e => e.Value).Where(v => v is { Length: >= 10 } && v[4] == '-' && v[7] == '-').Select(v => v![..10]).ToList();
        return days.Count == 0 ? PartLabel(label, part, parts) : $"{labeler.Label(days.Min(StringComparer.Ordinal)!)} – {labeler.Label(days.Max(StringComparer.Ordinal)!)}";
    }

    private static int MonthIndex(string month) =>
        int.Parse(month[..4], CultureInfo.InvariantCulture) * 12 + int.Parse(month[5..7], CultureInfo.InvariantCulture) - 1;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>One period page: its years (one, or part of one) or its undated entries.</summary>
    private sealed record Period(string Path, string Label, IReadOnlyList<YearGroupModel> Years, string YearKey, int? FirstMonth)
    {
        public IReadOnlyList<EntryModel> Undated { get; init; } = [];

        /// <summary>The page of a split year that keeps its coarse periods and lists its months.</summary>
        public bool IsOverview { get; init; }

        public bool IsFirstOfYear(List<Period> all) => ReferenceEquals(all.First(p => p.YearKey == YearKey), this);
    }
}
