using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

/// <summary>Headings follow the order: each group is one run, a year's coarse periods get headings of their own.</summary>
public class IndexModelBuilderTests
{
    private static DatedEntry Entry(string? value, TimexMod mod = TimexMod.None) =>
        new(value, mod, new EntryModel($"e-{value}-{mod}", value ?? "", null, false, false, "Iets.", "/x/", [], []));

    private static IndexModel Build(params DatedEntry[] entries) =>
        IndexModelBuilder.Build([.. entries.OrderBy(e => TimelineOrder.Key(e.Value, e.Mod))], true, Ui.Labeler, Ui.Dutch);

    [Fact]
    public void A_year_opens_with_begin_and_closes_with_its_end_and_ergens_in()
    {
        var index = Build(Entry("2022"), Entry("2022", TimexMod.End), Entry("2022", TimexMod.Start), Entry("2022-03-04"), Entry("2022-03"), Entry(null));

        var year = Assert.Single(index.Years);
        Assert.Equal(["t-2022-y-begin", "t-2022-03", "t-2022-y-eind", "t-2022-y"], year.Months.Select(m => m.Anchor));
        Assert.Equal(["begin 2022", "maart 2022", "eind 2022", "Ergens in 2022"], year.Months.Select(m => m.Label));
        Assert.Equal(["e-2022-03-04-None", "e-2022-03-None"], year.Months[1].Entries.Select(e => e.Id));
        Assert.Equal("2022-03", year.Months[1].Month);
        Assert.Null(year.Months[0].Month);
        Assert.Single(index.Undated);
    }

    [Fact]
    public void A_winter_closes_in_the_year_it_ends_and_a_decade_opened_by_its_start_gets_its_own_heading()
    {
        var index = Build(Entry("2022-WI"), Entry("2023-01-10"), Entry("199", TimexMod.Start), Entry("1990-05-01"), Entry("199"));

        Assert.Equal(["t-199-begin", "t-1990", "t-199", "t-2023"], index.Years.Select(y => y.Anchor));
        Assert.Equal(["begin jaren negentig", "1990", "jaren negentig", "2023"], index.Years.Select(y => y.Label));
        Assert.Equal(["t-2023-01", "t-2022-wi"], index.Years[3].Months.Select(m => m.Anchor));
        Assert.Equal(index.Years.SelectMany(y => y.Months).Count(), index.Years.SelectMany(y => y.Months).Select(m => m.Anchor).Distinct().Count());
    }
}
