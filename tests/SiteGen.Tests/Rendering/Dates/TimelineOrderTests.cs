using SiteGen.Rendering.Dates;
using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Tests.Rendering.Dates;

/// <summary>Within any period: its start, its dated days, its middle, its end, then what is known only to the period.</summary>
public class TimelineOrderTests
{
    private static List<string> Sorted(params (string Value, TimexMod Mod, string Name)[] items) =>
        [.. items.OrderBy(i => TimelineOrder.Key(i.Value, i.Mod)).Select(i => i.Name)];

    [Fact]
    public void A_month_opens_with_its_start_and_closes_with_its_end_and_then_its_bare_self()
    {
        var order = Sorted(
            ("2022-01", TimexMod.None, "ergens in januari"),
            ("2022-01", TimexMod.End, "eind januari"),
            ("2022-01-31", TimexMod.None, "31 januari"),
            ("2022-01", TimexMod.Mid, "half januari"),
            ("2022-01-01", TimexMod.None, "1 januari"),
            ("2022-01", TimexMod.Start, "begin januari"),
            ("2022-02-01", TimexMod.None, "1 februari"));
        Assert.Equal(["begin januari", "1 januari", "31 januari", "half januari", "eind januari", "ergens in januari", "1 februari"], order);
    }

    [Fact]
    public void A_year_opens_with_its_start_and_closes_with_its_months_coarse_items_then_its_own()
    {
        var order = Sorted(
            ("2022", TimexMod.None, "ergens in 2022"),
            ("2022", TimexMod.End, "eind 2022"),
            ("2022-12", TimexMod.None, "december"),
            ("2022-Q4", TimexMod.None, "vierde kwartaal"),
            ("2022-03-04", TimexMod.None, "4 maart"),
            ("2022", TimexMod.Start, "begin 2022"),
            ("2022-01", TimexMod.Start, "begin januari"),
            ("2023", TimexMod.Start, "begin 2023"));
        Assert.Equal(["begin 2022", "begin januari", "4 maart", "december", "vierde kwartaal", "eind 2022", "ergens in 2022", "begin 2023"], order);
    }

    [Fact]
    public void A_day_comes_before_its_parts_and_times_in_the_order_of_the_day_and_undated_items_go_last()
    {
        var order = Sorted(
            (null!, TimexMod.None, "zonder datum"),
            ("2022-02-04T20:15", TimexMod.None, "20.15 uur"),
            ("2022-02-04TMO", TimexMod.None, "ochtend"),
            ("2022-02-04", TimexMod.None, "4 februari"),
            ("2022-02-04T09:00", TimexMod.None, "9 uur"));
        Assert.Equal(["4 februari", "ochtend", "9 uur", "20.15 uur", "zonder datum"], order);
    }

    [Fact]
    public void A_decade_closes_after_its_last_year()
    {
        Assert.Equal(["1999", "jaren negentig", "2000"],
            Sorted(("199", TimexMod.None, "jaren negentig"), ("2000", TimexMod.None, "2000"), ("1999", TimexMod.None, "1999")));
    }
}
