using SiteGen.Articles;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;
using SiteGen.Timeline;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// The actor pages: one per actor of the timeline (<c>actoren/&lt;id&gt;/</c>) with its kind, roles, other names,
/// how many events over which dates, its events grouped by year, the actors most often in the same events, and a
/// link to the timeline filtered on it. An actor with more than <see cref="PageSize"/> events keeps its page small:
/// the page lists its years with counts and its newest events, and each year gets a page of its own
/// (<c>actoren/&lt;id&gt;/2022/</c>); a year with more than <see cref="PageSize"/> events lists its months, each on a page
/// (<c>actoren/&lt;id&gt;/2022/03/</c>), and a month page shows at most <see cref="PageSize"/> events and links onward to
/// the filtered timeline for the rest. The actor's own page also lists the newest <see cref="ListedArticles"/> articles in
/// which it acts.
/// </summary>
public static class ActorPages
{
    public const int PageSize = 100;
    public const int LatestCount = 10;
    public const int RelatedCount = 8;
    public const int OtherNamesCount = 12;
    public const int ListedArticles = 20;

    public static IReadOnlyList<ActorPage> Plan(SiteTimeline timeline, IReadOnlyList<DatedEntry> entries, SiteUrls urls, UiStrings strings,
        IReadOnlyList<Article> articles, DateLabeler labeler)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byActor = new Dictionary<string, List<DatedEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var key in entry.Entry.ActorKeys)
            {
                if (!byActor.TryGetValue(key.Id, out var list)) byActor[key.Id] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry);
            }
        var related = Related(timeline, urls);
        var pages = new List<ActorPage>();
        foreach (var actor in timeline.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var events = byActor.GetValueOrDefault(actor.Id) ?? [];
            var path = SiteUrls.ActorPath(actor.Id);
            var dated = events.Where(e => e.Value is not null).ToList();
            var model = new ActorPageModel(actor.Name, strings.Lookup("actor_kinds", actor.Kind.ToString()))
            {
                Roles = actor.Roles,
                OtherNames = [.. actor.Aliases.Select(a => a.Name).Where(n => !string.Equals(n, actor.Name, StringComparison.OrdinalIgnoreCase)).Take(OtherNamesCount)],
                EventCount = events.Count,
                ArticleCount = actor.Mentions,
                FirstDate = dated.Count > 0 ? dated[0].Entry.DateLabel : null,
                LastDate = dated.Count > 0 ? dated[^1].Entry.DateLabel : null,
                TimelineUrl = urls.Page("") + "?actor=" + Uri.EscapeDataString(actor.Id),
                ActorUrl = urls.Page(path),
                Related = related.GetValueOrDefault(actor.Id) ?? [],
            };
            var description = strings.Text("actor_description").Replace("{name}", actor.Name, StringComparison.Ordinal);
            var years = Group(events, YearKey, (key, first) => YearLabel(key, first, strings));
            var named = actor.ArticleIds.Select(byId.GetValueOrDefault).OfType<Article>().ToList();
            var own = model with
            {
                Articles = [.. Newest(named).Take(ListedArticles).Select(a => ArticleLink(a, urls, strings, labeler))],
                MoreArticles = Math.Max(0, named.Count - ListedArticles),
            };
            if (events.Count <= PageSize)
            {
                pages.Add(new ActorPage(path, own with { Periods = [.. years.Select(y => Period(y, null))] }, actor.Name, description));
                continue;
            }
            pages.Add(new ActorPage(path, own with
            {
                Periods = [.. years.Select(y => Period(y, urls.Page(path + y.Key + "/")) with { Events = [] })],
                Latest = [.. events.TakeLast(LatestCount).Select(e => e.Entry)],
            }, actor.Name, description));
            foreach (var year in years)
            {
                var yearPath = path + year.Key + "/";
                var yearModel = model with { PeriodLabel = year.Label };
                if (year.Entries.Count <= PageSize)
                {
                    pages.Add(new ActorPage(yearPath, yearModel with { Periods = [Period(year, null)] }, $"{actor.Name}: {year.Label}", description));
                    continue;
                }
                var months = Group(year.Entries, MonthKey, (key, first) => MonthLabel(key, year.Label, strings));
                pages.Add(new ActorPage(yearPath, yearModel with { Periods = [.. months.Select(m => Period(m, urls.Page(yearPath + m.Key + "/")) with { Events = [] })] },
                    $"{actor.Name}: {year.Label}", description));
                foreach (var month in months)
                    pages.Add(new ActorPage(yearPath + month.Key + "/", model with
                    {
                        PeriodLabel = month.Label,
                        Periods = [Period(month, null) with { Events = [.. month.Entries.Take(PageSize).Select(e => e.Entry)] }],
                        Hidden = Math.Max(0, month.Entries.Count - PageSize),
                    }, $"{actor.Name}: {month.Label}", description));
            }
        }
        return pages;
    }

    // Newest first; undated last, by title.
    private static IEnumerable<Article> Newest(List<Article> named) =>
        named.OrderByDescending(a => a.Date?.Value ?? "", StringComparer.Ordinal).ThenBy(a => a.Title, StringComparer.Ordinal);

    private static ActorArticleModel ArticleLink(Article a, SiteUrls urls, UiStrings strings, DateLabeler labeler) =>
        new(a.Title, urls.Page(SiteUrls.ArticlePath(a.Slug)),
            a.Date is { } date ? labeler.Label(date.Value, estimated: date.Estimated) : strings.Text("undated"),
            a.Date is { } d ? DateLabeler.HtmlDateTime(d.Value) : null);

    private sealed record EntryGroup(string Key, string Label, List<DatedEntry> Entries);

    private static List<EntryGroup> Group(IReadOnlyList<DatedEntry> entries, Func<DatedEntry, string> key, Func<string, DatedEntry, string> label)
    {
        var groups = new List<EntryGroup>();
        var byKey = new Dictionary<string, EntryGroup>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var k = key(e);
            if (!byKey.TryGetValue(k, out var g))
            {
                byKey[k] = g = new EntryGroup(k, label(k, e), []);
                groups.Add(g);
            }
            g.Entries.Add(e);
        }
        return groups;
    }

    private static ActorPeriodModel Period(EntryGroup g, string? url) =>
        new(g.Label, "p-" + g.Key, g.Entries.Count, url, [.. g.Entries.Select(e => e.Entry)]);

    // `2022` for anything dated in 2022; decades, centuries and undated entries each form a group of their own.
    private static string YearKey(DatedEntry e) =>
        e.Value is { Length: >= 4 } v && char.IsDigit(v[0]) && char.IsDigit(v[1]) && char.IsDigit(v[2]) && char.IsDigit(v[3]) ? v[..4]
        : e.Value is null ? "zonder-datum" : Events.EventSlug.Of(e.Value);

    private static string YearLabel(string key, DatedEntry first, UiStrings strings) =>
        key.Length == 4 && key.All(char.IsDigit) ? key : first.Value is null ? strings.Text("undated_heading") : first.Entry.DateLabel;

    // `03` for March; `00` for what is dated to the year, a season or a quarter only.
    private static string MonthKey(DatedEntry e) =>
        e.Value is { Length: >= 7 } v && v[4] == '-' && char.IsDigit(v[5]) && char.IsDigit(v[6]) ? v[5..7] : "00";

    private static string MonthLabel(string key, string year, UiStrings strings) =>
        key == "00" ? strings.Text("whole_period").Replace("{label}", year, StringComparison.Ordinal)
            : $"{strings.Item("months", int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) - 1)} {year}";

    // The actors most often named in the same items, most shared first.
    private static Dictionary<string, IReadOnlyList<RelatedActorModel>> Related(SiteTimeline timeline, SiteUrls urls)
    {
        var names = timeline.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var item in timeline.Items)
            foreach (var a in item.ActorIds)
                foreach (var b in item.ActorIds)
                {
                    if (a == b || !names.ContainsKey(a) || !names.ContainsKey(b)) continue;
                    if (!counts.TryGetValue(a, out var with)) counts[a] = with = new(StringComparer.Ordinal);
                    with[b] = with.GetValueOrDefault(b) + 1;
                }
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyList<RelatedActorModel>)[.. c.Value
            .OrderByDescending(x => x.Value).ThenBy(x => names[x.Key], StringComparer.Ordinal).Take(RelatedCount)
            .Select(x => new RelatedActorModel(names[x.Key], urls.Page(SiteUrls.ActorPath(x.Key)), x.Value))], StringComparer.Ordinal);
    }
}
