using SiteGen.Configuration;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

/// <summary>How the timeline is laid out over pages that stay within <see cref="PageBudget"/>.</summary>
public sealed class TimelinePagesTests
{
    private static readonly SiteUrls Urls = new(SiteOptions.ForRoot(Path.GetTempPath()) with { BaseUrl = "/repo/" }, new Dictionary<string, string>());

    [Fact]
    public void A_timeline_that_fits_is_the_home_page_alone_opening_on_its_key_events()
    {
        var plan = Plan(Entries(years: 3, perYear: 10, keyEvery: 5));

        var page = Assert.Single(plan.Pages);
        Assert.Equal("", page.Path);
        Assert.False(plan.Split);
        Assert.Null(page.Model.Periods);
        Assert.True(page.Model.KeyView);
        Assert.Equal((6, 30), (page.Model.KeyCount, page.Model.Count));
        Assert.NotNull(page.Model.Axis);
        Assert.Equal("/repo/", plan.UrlOf("e-2021-5", Urls));
    }

    [Fact]
    public void A_large_timeline_gets_a_page_per_year_and_the_home_page_shows_the_weightiest_key_events_of_all_years()
    {
        var entries = Entries(years: 3, perYear: 300, keyEvery: 4);
        var plan = Plan(entries);

        Assert.Equal(["", "tijdlijn/2020/", "tijdlijn/2021/", "tijdlijn/2022/"], plan.Pages.Select(p => p.Path));
        var home = plan.Pages[0].Model;
        var shown = home.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).ToList();
        Assert.Equal(PageBudget.HomeEntries, shown.Count);
        Assert.All(shown, e => Assert.True(e.Key));
        Assert.Equal(3, home.Years.Count); // key events from every year, not the newest months
        Assert.Equal(["/repo/tijdlijn/2020/", "/repo/tijdlijn/2021/", "/repo/tijdlijn/2022/"], home.Periods!.Select(p => p.Url));
        Assert.Equal("/repo/tijdlijn/2021/", home.Years[1].Page!.Url);
        Assert.Equal(300, home.Years[1].Total);
        Assert.Equal(900, home.SiteCount);
        Assert.Equal("/repo/tijdlijn/2021/", plan.UrlOf("e-2021-5", Urls));

        var year = plan.Pages[2].Model;
        Assert.Equal(("2021", "/repo/tijdlijn/2020/", "/repo/tijdlijn/2022/"), (year.Heading, year.Previous!.Url, year.Next!.Url));
        Assert.Equal("/repo/tijdlijn/2021/", year.CurrentPeriod);
        Assert.Null(plan.Pages[1].Model.Previous);
        Assert.Equal([(2020 * 12, "tijdlijn/2020/"), (2021 * 12, "tijdlijn/2021/"), (2022 * 12, "tijdlijn/2022/")], plan.MonthPages);
    }

    [Fact]
    public void A_split_home_page_with_fewer_key_events_than_room_fills_up_with_the_weightiest_and_does_not_call_them_key()
    {
        var plan = Plan(Entries(years: 3, perYear: 300, keyEvery: 30)); // 30 key events

        var home = plan.Pages[0].Model;
        var shown = Shown(home).ToList();
        Assert.Equal(PageBudget.HomeEntries, shown.Count);
        Assert.Equal(30, home.KeyCount);
        Assert.Equal(30, shown.Count(e => e.Key));
        Assert.All(shown.Where(e => !e.Key), e => Assert.Equal(6, e.Weight)); // the weightiest of the others
        Assert.Equal("De 150 belangrijkste van 900 gebeurtenissen", home.Summary);
        Assert.Equal("150 kerngebeurtenissen van 900", Plan(Entries(years: 3, perYear: 300, keyEvery: 4)).Pages[0].Model.Summary);
    }

    [Fact]
    public void Every_entry_lives_on_exactly_one_period_page_and_no_page_exceeds_the_budget()
    {
        var entries = Entries(years: 4, perYear: 2000, months: 12, keyEvery: 3);
        var plan = Plan(entries);

        var placed = plan.Pages.Skip(1).SelectMany(p => Shown(p.Model)).Select(e => e.Id).ToList();
        Assert.Equal(entries.Count, placed.Count);
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.All(plan.Pages, p => Assert.True(PageBudget.Fits(Shown(p.Model)), $"{p.Path} holds {Shown(p.Model).Count()} entries"));
        Assert.All(entries, e => Assert.NotEqual("/repo/", plan.UrlOf(e.Entry.Id, Urls)));
    }

    [Fact]
    public void A_year_too_large_for_a_page_gets_month_pages_and_keeps_what_only_the_year_knows_on_its_own_page()
    {
        var entries = Entries(years: 1, perYear: 1200, months: 4).Prepend(Entry("e-2020-jaar", "2020", mod: TimexMod.Start)).ToList();
        var plan = Plan([.. entries.OrderBy(e => TimelineOrder.Key(e.Value, e.Mod))]);

        Assert.Equal(["", "tijdlijn/2020/", "tijdlijn/2020/01/", "tijdlijn/2020/02/", "tijdlijn/2020/03/", "tijdlijn/2020/04/"],
            plan.Pages.Select(p => p.Path));
        var overview = plan.Pages[1].Model;
        Assert.Equal(["e-2020-jaar"], Shown(overview).Select(e => e.Id));
        Assert.Contains("1.201", overview.Lede);
        Assert.Equal(["/repo/tijdlijn/2020/", "/repo/tijdlijn/2020/01/", "/repo/tijdlijn/2020/02/", "/repo/tijdlijn/2020/03/", "/repo/tijdlijn/2020/04/"],
            overview.SubPeriods!.Select(p => p.Url));
        Assert.Equal(["Heel het jaar", "januari", "februari", "maart", "april"], overview.SubPeriods!.Select(p => p.Text));
        var march = plan.Pages[4].Model;
        Assert.Equal(("Maart 2020", 300), (march.Heading, march.Count));
        Assert.Equal("/repo/tijdlijn/2020/", march.CurrentPeriod);
        Assert.Equal("/repo/tijdlijn/2020/03/", plan.UrlOf(Shown(march).First().Id, Urls));
        Assert.Equal("/repo/tijdlijn/2020/", plan.UrlOf("e-2020-jaar", Urls));
        Assert.Equal((2020 * 12 + 2, "tijdlijn/2020/03/"), plan.MonthPages[2]);
    }

    [Fact]
    public void A_month_too_large_for_a_page_is_cut_into_parts_between_two_days()
    {
        var entries = Enumerable.Range(0, 1100).Select(i => Entry($"e-{i}", $"2020-03-{1 + i / 40:00}")).ToList();
        var plan = Plan(entries);

        var parts = plan.Pages.Where(p => p.Path.StartsWith("tijdlijn/2020/03/", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count >= 3, string.Join(", ", plan.Pages.Select(p => p.Path)));
        Assert.Equal(["tijdlijn/2020/03/", "tijdlijn/2020/03/2/"], parts.Take(2).Select(p => p.Path));
        for (var i = 1; i < parts.Count; i++)
            Assert.NotEqual(Shown(parts[i - 1].Model).Last().Value, Shown(parts[i].Model).First().Value);
        Assert.StartsWith("1 maart 2020 – ", parts[0].Label);
    }

    [Fact]
    public void A_year_page_in_ten_parts_or_more_does_not_take_the_path_of_a_month()
    {
        // What is known only to the year (4,400 reports dated "2020") fills more than ten pages; October to December have pages too.
        var entries = Enumerable.Range(0, 4400).Select(i => Entry($"e-jaar-{i:0000}", "2020"))
            .Concat(Enumerable.Range(0, 300).Select(i => Entry($"e-dag-{i:000}", $"2020-{10 + i / 100}-{1 + i % 28:00}")))
            .OrderBy(e => TimelineOrder.Key(e.Value, e.Mod)).ThenBy(e => e.Entry.Id, StringComparer.Ordinal).ToList();
        var plan = Plan(entries);

        var overview = plan.Pages.Where(p => p.Path.StartsWith("tijdlijn/2020/", StringComparison.Ordinal) && Shown(p.Model).Any(e => e.Value == "2020")).ToList();
        Assert.True(overview.Count >= 11, string.Join(", ", plan.Pages.Select(p => p.Path)));
        Assert.Equal(["tijdlijn/2020/", "tijdlijn/2020/deel-2/"], overview.Take(2).Select(p => p.Path));
        Assert.Equal(plan.Pages.Count, plan.Pages.Select(p => p.Path).Distinct().Count());
        Assert.All(["tijdlijn/2020/10/", "tijdlijn/2020/11/", "tijdlijn/2020/12/"], month =>
            Assert.All(Shown(plan.Pages.Single(p => p.Path == month).Model), e => Assert.StartsWith("e-dag-", e.Id)));
    }

    [Fact]
    public void Undated_entries_of_a_split_timeline_get_a_page_of_their_own()
    {
        var entries = Entries(years: 3, perYear: 300).Append(Entry("u-1", null)).ToList();
        var plan = Plan(entries);

        Assert.Equal("tijdlijn/zonder-datum/", plan.Pages[^1].Path);
        Assert.Equal(["u-1"], plan.Pages[^1].Model.Undated.Select(e => e.Id));
        Assert.Empty(plan.Pages[0].Model.Undated);
        Assert.Equal("/repo/tijdlijn/zonder-datum/", plan.Pages[0].Model.Periods![^1].Url);
    }

    [Fact]
    public void Each_page_counts_its_filter_chips_over_what_it_shows()
    {
        var entries = Entries(years: 2, perYear: 300)
            .Select(e => e with { Entry = e.Entry with { ActorKeys = [new FacetValue(e.Value!.StartsWith("2020") ? "poetin" : "xi", "x", 1)] } })
            .ToList();
        var plan = Plan(entries);

        Assert.Equal([("poetin", 300)], plan.Pages.Single(p => p.Path == "tijdlijn/2020/").Model.Actors.Select(a => (a.Id, a.Count)));
        Assert.Equal([("xi", 300)], plan.Pages.Single(p => p.Path == "tijdlijn/2021/").Model.Actors.Select(a => (a.Id, a.Count)));
    }

    private static TimelinePages Plan(IReadOnlyList<DatedEntry> entries) => TimelinePages.Plan(entries, true, Ui.Labeler, Ui.Dutch, Urls);

    private static IEnumerable<EntryModel> Shown(IndexModel model) => model.Years.SelectMany(y => y.Months).SelectMany(m => m.Entries).Concat(model.Undated);

    /// <summary>Day-dated entries in time order, spread over <paramref name="months"/> months of each year; every n-th a key event.</summary>
    private static List<DatedEntry> Entries(int years, int perYear, int months = 1, int keyEvery = 0) =>
        [.. Enumerable.Range(2020, years).SelectMany(y => Enumerable.Range(0, perYear)
            .Select(i => (y, i, month: 1 + i * months / perYear))
            .Select(x => Entry($"e-{x.y}-{x.i}", $"{x.y}-{x.month:00}-{1 + x.i % 28:00}", key: keyEvery > 0 && x.i % keyEvery == 0, weight: x.i % 7)))
            .OrderBy(e => TimelineOrder.Key(e.Value, e.Mod)).ThenBy(e => e.Entry.Id, StringComparer.Ordinal)];

    private static DatedEntry Entry(string id, string? value, TimexMod mod = TimexMod.None, bool key = false, double weight = 1) =>
        new(value, mod, new EntryModel(id, value ?? "zonder datum", value, false, false, "Iets gebeurt in de stad.", "/repo/artikelen/x/", [], [])
        {
            Value = value,
            Key = key,
            Weight = weight,
        });
}
