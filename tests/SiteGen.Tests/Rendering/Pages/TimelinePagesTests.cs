using SiteGen.Configuration;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

public sealed class TimelinePagesTests
{
    private static readonly SiteUrls Urls = new(SiteOptions.ForRoot(Path.GetTempPath()) with { BaseUrl = "/repo/" }, new Dictionary<string, string>());

    [Fact]
    public void A_small_timeline_stays_on_the_home_page()
    {
        var plan = TimelinePages.Plan(Index(years: 3, perYear: 10), "2022", Urls);

        var page = Assert.Single(plan.Pages);
        Assert.Equal("", page.Path);
        Assert.Null(page.Model.Periods);
        Assert.Equal("/repo/", plan.UrlOf("e-2021-5", Urls));
    }

    [Fact]
    public void A_large_timeline_gets_a_page_per_year_and_the_home_page_keeps_the_newest_months()
    {
        var index = Index(years: 3, perYear: 1500);
        var plan = TimelinePages.Plan(index, "2022", Urls);

        Assert.Equal(["", "tijdlijn/2020/", "tijdlijn/2021/", "tijdlijn/2022/"], plan.Pages.Select(p => p.Path));
        var home = plan.Pages[0].Model;
        Assert.Equal(["t-2022-01"], Assert.Single(home.Years).Months.Select(m => m.Anchor));
        Assert.Equal(["/repo/tijdlijn/2020/", "/repo/tijdlijn/2021/", "/repo/tijdlijn/2022/"], home.Periods!.Select(p => p.Url));
        Assert.Single(home.Undated);
        Assert.Empty(plan.Pages[1].Model.Undated);
        Assert.Equal("/repo/tijdlijn/2021/", plan.UrlOf("e-2021-5", Urls));
        Assert.Equal("/repo/tijdlijn/2022/", plan.UrlOf("e-2022-1499", Urls));
        Assert.Equal("/repo/", plan.UrlOf("u-1", Urls));
    }

    [Fact]
    public void Every_dated_entry_is_on_exactly_one_year_page_and_the_home_page_stays_within_bounds()
    {
        var plan = TimelinePages.Plan(Index(years: 4, perYear: 5000, months: 10), "2023", Urls);

        var placed = plan.Pages.Skip(1).SelectMany(p => p.Model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries)).Select(e => e.Id).ToList();
        Assert.Equal(4 * 5000, placed.Count);
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.InRange(plan.Pages[0].Model.Years.Sum(y => y.Months.Sum(m => m.Entries.Count)), 1, TimelinePages.SplitAbove);
    }

    [Fact]
    public void A_year_too_large_for_one_page_gets_a_page_per_month_and_its_year_page_lists_them()
    {
        var plan = TimelinePages.Plan(Index(years: 2, perYear: 4000, months: 4), "2021", Urls);

        Assert.Equal(["", "tijdlijn/2020/", "tijdlijn/2020/01/", "tijdlijn/2020/02/", "tijdlijn/2020/03/", "tijdlijn/2020/04/",
            "tijdlijn/2021/", "tijdlijn/2021/01/", "tijdlijn/2021/02/", "tijdlijn/2021/03/", "tijdlijn/2021/04/"], plan.Pages.Select(p => p.Path));
        var year = plan.Pages[1].Model;
        Assert.Empty(year.Years);
        Assert.Equal(["/repo/tijdlijn/2020/01/", "/repo/tijdlijn/2020/02/", "/repo/tijdlijn/2020/03/", "/repo/tijdlijn/2020/04/"],
            year.SubPeriods!.Select(p => p.Url));
        var march = plan.Pages[4].Model;
        Assert.Equal(1000, march.Count);
        Assert.Equal(["t-2020-03"], Assert.Single(march.Years).Months.Select(m => m.Anchor));
        Assert.Equal("/repo/tijdlijn/2020/03/", plan.UrlOf("e-2020-2", Urls));
        Assert.All(plan.Pages, p => Assert.InRange(p.Model.Years.Sum(y => y.Months.Sum(m => m.Entries.Count)), 0, TimelinePages.SplitAbove));
    }

    [Fact]
    public void Entries_known_only_to_their_year_get_a_page_of_their_own_in_a_split_year()
    {
        var index = Index(years: 2, perYear: 2000, months: 2);
        var year = index.Years[0];
        var whole = new MonthGroupModel("heel 2020", "t-2020-y", [Entry("e-2020-jaar")]);
        index = index with { Years = [year with { Months = [whole, .. year.Months] }, index.Years[1]] };

        var plan = TimelinePages.Plan(index, "2021", Urls);

        Assert.Contains(plan.Pages, p => p.Path == "tijdlijn/2020/jaar/");
        Assert.Equal("/repo/tijdlijn/2020/jaar/", plan.UrlOf("e-2020-jaar", Urls));
    }

    [Fact]
    public void Each_page_counts_its_filter_chips_over_what_it_shows()
    {
        var index = Index(years: 2, perYear: 1000);
        index = index with
        {
            Years = [.. index.Years.Select(y => y with { Months = [.. y.Months.Select(m => m with { Entries = [.. m.Entries.Select(e =>
                e with { ActorKeys = [new FacetValue(y.Label == "2020" ? "poetin" : "xi", y.Label == "2020" ? "Poetin" : "Xi", 1)] })] })] })],
        };

        var plan = TimelinePages.Plan(IndexModelBuilder.WithFacets(index), "2021", Urls);

        var year2020 = plan.Pages.Single(p => p.Path == "tijdlijn/2020/").Model;
        Assert.Equal([("poetin", 1000)], year2020.Actors.Select(a => (a.Id, a.Count)));
        Assert.Equal([("xi", 1000)], plan.Pages.Single(p => p.Path == "tijdlijn/2021/").Model.Actors.Select(a => (a.Id, a.Count)));
    }

    private static IndexModel Index(int years, int perYear, int months = 1)
    {
        var groups = Enumerable.Range(2020, years).Select(y => new YearGroupModel($"{y}", $"t-{y}",
            [.. Enumerable.Range(1, months).Select(m => new MonthGroupModel($"maand {m}", $"t-{y}-{m:00}",
                [.. Enumerable.Range(0, perYear).Where(i => i % months == m - 1).Select(i => Entry($"e-{y}-{i}"))]))])).ToList();
        return new IndexModel(groups, [Entry("u-1")], years * perYear + 1, true);
    }

    private static EntryModel Entry(string id) => new(id, "1 januari", null, false, false, id, "/repo/artikelen/x/", [], []);
}
