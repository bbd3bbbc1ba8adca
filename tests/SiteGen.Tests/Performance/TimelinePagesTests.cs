using SiteGen.Configuration;
using SiteGen.Rendering;
using Xunit;

namespace SiteGen.Tests.Performance;

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
        var index = Index(years: 3, perYear: 3600, months: 3);
        var plan = TimelinePages.Plan(index, "2022", Urls);

        Assert.Equal(["", "tijdlijn/2020/", "tijdlijn/2021/", "tijdlijn/2022/"], plan.Pages.Select(p => p.Path));
        var home = plan.Pages[0].Model;
        Assert.Equal(["t-2022-03"], Assert.Single(home.Years).Months.Select(m => m.Anchor));
        Assert.Equal(["/repo/tijdlijn/2020/", "/repo/tijdlijn/2021/", "/repo/tijdlijn/2022/"], home.Periods!.Select(p => p.Url));
        Assert.Single(home.Undated);
        Assert.Empty(plan.Pages[1].Model.Undated);
        Assert.Equal("/repo/tijdlijn/2021/", plan.UrlOf("e-2021-5", Urls));
        Assert.Equal("/repo/tijdlijn/2022/", plan.UrlOf("e-2022-3599", Urls));
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

    private static IndexModel Index(int years, int perYear, int months = 1)
    {
        var groups = Enumerable.Range(2020, years).Select(y => new YearGroupModel($"{y}", $"t-{y}",
            [.. Enumerable.Range(1, months).Select(m => new MonthGroupModel($"maand {m}", $"t-{y}-{m:00}",
                [.. Enumerable.Range(0, perYear).Where(i => i % months == m - 1).Select(i => Entry($"e-{y}-{i}"))]))])).ToList();
        return new IndexModel(groups, [Entry("u-1")], years * perYear + 1, true);
    }

    private static EntryModel Entry(string id) => new(id, "1 januari", null, false, false, id, "/repo/artikelen/x/", [], []);
}
