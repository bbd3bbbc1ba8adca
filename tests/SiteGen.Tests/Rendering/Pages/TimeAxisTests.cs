using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Tests.Rendering.Pages;

public class TimeAxisTests
{
    private static DatedEntry Entry(string? value, TimexMod mod = TimexMod.None) =>
        new(value, mod, new EntryModel("e", "", null, false, false, "", "/", [], []));

    [Fact]
    public void A_year_only_item_is_spread_over_its_twelve_months_not_piled_on_january()
    {
        var shares = TimeAxis.Shares("2022", TimexMod.None).ToList();
        Assert.Equal(Enumerable.Range(2022 * 12, 12), shares.Select(s => s.Month));
        Assert.Equal(1, shares.Sum(s => s.Share), 6);
        Assert.All(shares, s => Assert.Equal(1.0 / 12, s.Share, 6));
    }

    [Fact]
    public void Begin_and_eind_narrow_a_period_to_its_first_and_last_third_and_a_day_counts_in_its_month()
    {
        Assert.Equal([2022 * 12, 2022 * 12 + 1, 2022 * 12 + 2, 2022 * 12 + 3], TimeAxis.Shares("2022", TimexMod.Start).Select(s => s.Month));
        Assert.Equal(2022 * 12 + 11, TimeAxis.Shares("2022", TimexMod.End).Last().Month);
        Assert.Equal(2022 * 12 + 8, TimeAxis.Shares("2022", TimexMod.End).First().Month);
        Assert.Equal([2022 * 12 + 4, 2022 * 12 + 5, 2022 * 12 + 6, 2022 * 12 + 7], TimeAxis.Shares("2022", TimexMod.Mid).Select(s => s.Month));
        Assert.Equal([(2022 * 12 + 1, 1.0)], TimeAxis.Shares("2022-02-04", TimexMod.None));
        Assert.Empty(TimeAxis.Shares("199", TimexMod.None)); // a decade is too coarse to place
        Assert.Empty(TimeAxis.Shares(null, TimexMod.None));
    }

    [Fact]
    public void Writes_the_first_month_then_counts_with_empty_stretches_as_runs()
    {
        var axis = TimeAxis.Of([Entry("2020-01-05"), Entry("2020-01-06"), Entry("2020-05"), Entry("2022-W01")]);
        Assert.Equal($"{2020 * 12};2,_3,1,_19,1", axis);
        Assert.Null(TimeAxis.Of([Entry(null)]));
    }
}
