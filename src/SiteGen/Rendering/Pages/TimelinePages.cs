using SiteGen.Rendering.Models;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Splits a large timeline into one page per year (<c>tijdlijn/2022/</c>), and a year of more than
/// <see cref="SplitAbove"/> entries into one page per month (<c>tijdlijn/2022/03/</c>), so the home page and every
/// period page stay small however big the archive grows: every year page carries the year navigation and its own year; the home page the navigation,
/// the newest months (at most <see cref="SplitAbove"/> entries) and the undated items. Every dated entry lives on its
/// year page, which <see cref="UrlOf"/> names, so deep links (<c>tijdlijn/2022/#e-2022-02-04-poetin-xi</c>) and
/// links from articles land on it without JavaScript.
/// Timelines up to <see cref="SplitAbove"/> entries stay on the home page alone, as before.
/// </summary>
public sealed class TimelinePages
{
    public const int SplitAbove = 1500;

    private readonly Dictionary<string, string> _pageOfEntry = new(StringComparer.Ordinal);

    private TimelinePages(IReadOnlyList<(string Path, string? Label, IndexModel Model)> pages) => Pages = pages;

    /// <summary>Path (site-relative, <c>""</c> for the home page), year label (null on the home page) and model of each page.</summary>
    public IReadOnlyList<(string Path, string? Label, IndexModel Model)> Pages { get; }

    public static TimelinePages Plan(IndexModel index, string? newestYear, SiteUrls urls)
    {
        var entryCount = index.Years.Sum(y => y.Months.Sum(m => m.Entries.Count)) + index.Undated.Count;
        if (entryCount <= SplitAbove || index.Years.Count < 2) return new TimelinePages([("", null, index)]);

        var newest = index.Years.LastOrDefault(y => Key(y) == newestYear) ?? index.Years[^1];
        var periods = index.Years.Select(y => new LinkModel(y.Label, urls.Page(YearPath(y)))).ToList();
        var pages = new List<(string, string?, IndexModel)> { ("", null, index with { Years = [Latest(newest)], Periods = periods }) };
        foreach (var year in index.Years)
        {
            var count = year.Months.Sum(m => m.Entries.Count);
            if (count <= SplitAbove)
            {
                pages.Add((YearPath(year), year.Label, index with { Years = [year], Undated = [], Periods = periods, Count = count }));
                continue;
            }
            // A year too large for one page: its page lists its months, and each month has a page of its own.
            var months = year.Months.Select(m => new LinkModel(m.Label, urls.Page(MonthPath(year, m)))).ToList();
            pages.Add((YearPath(year), year.Label, index with { Years = [], Undated = [], Periods = periods, SubPeriods = months, Count = 0 }));
            pages.AddRange(year.Months.Select(m => (MonthPath(year, m), (string?)m.Label,
                index with { Years = [year with { Months = [m] }], Undated = [], Periods = periods, SubPeriods = months, Count = m.Entries.Count })));
        }
        // Each page's filter chips count what that page shows, not the whole archive.
        var plan = new TimelinePages([.. pages.Select(p => p with { Item3 = IndexModelBuilder.WithFacets(p.Item3) })]);
        // The year and month pages are where entries live; the home page repeats the newest months and keeps the undated.
        foreach (var (path, _, model) in plan.Pages.Skip(1))
            foreach (var entry in model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries))
                plan._pageOfEntry.TryAdd(entry.Id, urls.Page(path));
        return plan;
    }

    /// <summary>The URL of the page holding timeline entry <paramref name="id"/> (the home page when it is not split).</summary>
    public string UrlOf(string id, SiteUrls urls) => _pageOfEntry.GetValueOrDefault(id) ?? urls.Page("");

    /// <summary>The newest months of a year, as many as fit in <see cref="SplitAbove"/> entries (at least one month).</summary>
    private static YearGroupModel Latest(YearGroupModel year)
    {
        var months = new List<MonthGroupModel>();
        var count = 0;
        foreach (var month in year.Months.Reverse())
        {
            if (months.Count > 0 && count + month.Entries.Count > SplitAbove) break;
            months.Insert(0, month);
            count += month.Entries.Count;
        }
        return year with { Months = months };
    }

    private static string Key(YearGroupModel year) => AnchorKey(year.Anchor);

    /// <summary>The period an anchor names: <c>t-2022-03</c> → <c>2022-03</c>.</summary>
    private static string AnchorKey(string anchor) => anchor.StartsWith("t-", StringComparison.Ordinal) ? anchor[2..] : anchor;

    private static string YearPath(YearGroupModel year) => $"tijdlijn/{Key(year)}/";

    /// <summary><c>tijdlijn/2022/03/</c>; the entries known only to the year itself get <c>tijdlijn/2022/jaar/</c>.</summary>
    private static string MonthPath(YearGroupModel year, MonthGroupModel month)
    {
        var key = AnchorKey(month.Anchor);
        var prefix = Key(year) + "-";
        var part = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
        return $"{YearPath(year)}{(part == "y" ? "jaar" : part)}/";
    }
}
