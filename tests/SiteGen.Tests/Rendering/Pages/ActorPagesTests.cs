using SiteGen.Configuration;
using SiteGen.Events;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Tests.Events;
using SiteGen.Rendering.Pages;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

public sealed class ActorPagesTests
{
    private static readonly SiteUrls Urls = new(SiteOptions.ForRoot(Path.GetTempPath()) with { BaseUrl = "/repo/" }, new Dictionary<string, string>());

    private static readonly Actor Raad = new("raad", "Gemeenteraad", ActorKind.Institution)
    {
        Roles = ["onder leiding van Anna de Vries"],
        Aliases = [new ActorAlias("de raad", "a common noun for it")],
        Mentions = 4,
    };

    private static readonly DateLabeler Labeler = new(Ui.Dutch);

    private static readonly Actor Wethouder = new("piet-bos", "Piet Bos", ActorKind.Person) { Mentions = 2 };

    // `count` items dated day by day from 1 January of `from`, each naming the raad and every third also Piet Bos.
    private static (SiteTimeline Timeline, List<DatedEntry> Entries) Timeline(int count, int from = 2021, int perYear = 365)
    {
        var items = new List<TimelineItem>();
        var entries = new List<DatedEntry>();
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(from + i / perYear, 1, 1).AddDays(i % perYear).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            IReadOnlyList<string> actors = i % 3 == 0 ? ["raad", "piet-bos"] : ["raad"];
            items.Add(new TimelineItem($"e-{i}", date, DatePrecision.Day, TimexMod.None, false, false, $"Besluit {i}.", actors, [], []));
            var entry = new EntryModel($"e-{i}", date, date, false, false, $"Besluit {i}.", "/repo/artikelen/a/", [], [])
            {
                Value = date,
                ActorKeys = [.. actors.Select(a => new FacetValue(a, a))],
            };
            entries.Add(new DatedEntry(date, TimexMod.None, entry));
        }
        return (new SiteTimeline(items, [Raad, Wethouder]), entries);
    }

    [Fact]
    public void An_actor_page_gives_kind_roles_counts_range_years_filter_link_and_related_actors()
    {
        var (timeline, entries) = Timeline(6, perYear: 3);
        var page = ActorPages.Plan(timeline, entries, Urls, Ui.Dutch, [], Labeler).Single(p => p.Path == "actoren/raad/");
        var m = page.Model;
        Assert.Equal(("Gemeenteraad", "Instelling"), (m.Name, m.Kind));
        Assert.Equal(["onder leiding van Anna de Vries"], m.Roles);
        Assert.Equal(["de raad"], m.OtherNames);
        Assert.Equal((6, 4), (m.EventCount, m.ArticleCount));
        Assert.Equal(("2021-01-01", "2022-01-03"), (m.FirstDate, m.LastDate));
        Assert.Equal("/repo/?actor=raad", m.TimelineUrl);
        Assert.Equal(["2021", "2022"], m.Periods.Select(p => p.Label));
        Assert.All(m.Periods, p => Assert.Equal(3, p.Events.Count));
        var related = Assert.Single(m.Related);
        Assert.Equal(("Piet Bos", "/repo/actoren/piet-bos/", 2), (related.Name, related.Url, related.Count));
    }

    [Fact]
    public void An_actor_with_more_events_than_a_page_holds_gets_a_page_per_year_and_a_full_year_a_page_per_month()
    {
        var (timeline, entries) = Timeline(ActorPages.PageSize * 2 + 50, perYear: ActorPages.PageSize * 2);
        var pages = ActorPages.Plan(timeline, entries, Urls, Ui.Dutch, [], Labeler).Where(p => p.Path.StartsWith("actoren/raad/", StringComparison.Ordinal)).ToList();
        var main = pages[0].Model;
        Assert.Equal(ActorPages.PageSize * 2 + 50, main.EventCount);
        Assert.All(main.Periods, p => Assert.Empty(p.Events));
        Assert.Equal(["/repo/actoren/raad/2021/", "/repo/actoren/raad/2022/"], main.Periods.Select(p => p.Url));
        Assert.Equal(ActorPages.LatestCount, main.Latest.Count);
        // 2021 holds 200 events: its page lists months, each on a page of its own; 2022 holds 50 and lists them.
        var year2021 = pages.Single(p => p.Path == "actoren/raad/2021/").Model;
        Assert.Equal("2021", year2021.PeriodLabel);
        Assert.All(year2021.Periods, p => Assert.StartsWith("/repo/actoren/raad/2021/", p.Url));
        Assert.Contains(pages, p => p.Path == "actoren/raad/2021/01/" && p.Model.Periods.Single().Events.Count == 31);
        Assert.Equal(50, pages.Single(p => p.Path == "actoren/raad/2022/").Model.Periods.Single().Events.Count);
        Assert.All(pages, p => Assert.True(p.Model.Periods.Sum(x => x.Events.Count) + p.Model.Latest.Count <= ActorPages.PageSize));
    }

    [Fact]
    public void An_actor_page_lists_the_newest_articles_it_acts_in_even_when_none_of_its_events_reached_the_timeline()
    {
        var articles = Enumerable.Range(1, ActorPages.ListedArticles + 3)
            .Select(i => HandMade.Article($"a{i:00}", "De provincie gaf een vergunning af.", $"2022-03-{i:00}", $"Vergunning {i}")).ToList();
        var provincie = new Actor("provincie", "Provincie Utrecht", ActorKind.Institution) { Mentions = articles.Count, ArticleIds = [.. articles.Select(a => a.Id)] };
        var page = ActorPages.Plan(new SiteTimeline([], [provincie]), [], Urls, Ui.Dutch, articles, Labeler).Single();
        Assert.Equal(0, page.Model.EventCount);
        Assert.Equal(ActorPages.ListedArticles, page.Model.Articles.Count);
        Assert.Equal(3, page.Model.MoreArticles);
        var newest = page.Model.Articles[0];
        Assert.Equal(("Vergunning 23", "/repo/artikelen/a23/", "2022-03-23"), (newest.Title, newest.Url, newest.DateTime));
        Assert.Equal("23 maart 2022", newest.DateLabel);
    }
}
