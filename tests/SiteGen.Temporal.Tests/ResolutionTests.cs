using SiteGen.Temporal.Resolution;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>The language-free resolution functions: direction, ISO weeks, and precision limited by the anchor.</summary>
public class ResolutionTests
{
    private static string? Call(string fn, string dct, Direction dir, params string[] args) =>
        ResolutionFunctions.Call(fn, args, Anchor.TryParse(dct), dir).Value;

    [Theory]
    [InlineData("2022-02-04", Direction.Past, "3", "2022-02-02")]
    [InlineData("2022-02-04", Direction.Future, "1", "2022-02-07")]
    [InlineData("2022-02-04", Direction.Past, "5", "2022-02-04")]
    [InlineData("2022-02-04", Direction.Future, "5", "2022-02-04")]
    [InlineData("2022-01-01", Direction.Past, "7", "2021-12-26")]
    [InlineData("2021-12-31", Direction.Future, "1", "2022-01-03")]
    [InlineData("2022-03", Direction.Past, "7", "2022-03")]
    [InlineData("2024", Direction.Future, "2", "2024")]
    public void Weekdays_follow_the_tense(string dct, Direction dir, string day, string expected) =>
        Assert.Equal(expected, Call("weekday", dct, dir, day));

    [Theory]
    [InlineData("2022-03-14", "week", "-2", "2022-W09")]
    [InlineData("2022-01-03", "week", "-1", "2021-W52")]
    [InlineData("2021-01-03", "week", "0", "2020-W53")]
    [InlineData("2024-05-16", "week", "-1", "2024-W19")]
    [InlineData("2022-03", "week", "-2", "2022")]
    [InlineData("2024-05-16", "month", "-1", "2024-04")]
    [InlineData("2024-01-10", "month", "-1", "2023-12")]
    [InlineData("2024", "month", "-1", "2024")]
    [InlineData("2022-03", "day", "-1", "2022-03")]
    [InlineData("2022-03-01", "day", "-1", "2022-02-28")]
    [InlineData("2022-02", "year", "-1", "2021")]
    [InlineData("2022-02-04", "quarter", "-1", "2021-Q4")]
    [InlineData("2022-11-04", "quarter", "+1", "2023-Q1")]
    [InlineData("2022-02-04", "decade", "0", "202")]
    [InlineData("2022-02-04", "century", "-1", "19")]
    public void Relative_units_count_from_the_anchor_as_far_as_it_allows(string dct, string unit, string n, string expected) =>
        Assert.Equal(expected, Call("rel", dct, Direction.Past, unit, n));

    [Theory]
    [InlineData("2024-05-16", Direction.Past, "10", "2023-10")]
    [InlineData("2024-05-16", Direction.Future, "10", "2024-10")]
    [InlineData("2024-05-16", Direction.Past, "5", "2024-05")]
    [InlineData("2024", Direction.Past, "10", "2023-10")]
    [InlineData("2024", Direction.Future, "10", "2024-10")]
    [InlineData("2022-01", Direction.Future, "1", "2022-01")]
    public void Bare_months_point_back_or_forward(string dct, Direction dir, string month, string expected) =>
        Assert.Equal(expected, Call("month", dct, dir, month));

    [Theory]
    [InlineData("2022-02-04", Direction.Future, "SP", "2022-SP")]
    [InlineData("2022-02-04", Direction.Past, "SU", "2021-SU")]
    [InlineData("2022-02-04", Direction.Past, "WI", "2021-WI")]
    [InlineData("2022-07-04", Direction.Future, "WI", "2022-WI")]
    public void Seasons_point_back_or_forward(string dct, Direction dir, string season, string expected) =>
        Assert.Equal(expected, Call("season", dct, dir, season));

    [Theory]
    [InlineData("2022-02-09", Direction.Past, "2022-W05-WE")]
    [InlineData("2022-02-09", Direction.Future, "2022-W06-WE")]
    [InlineData("2022-02-05", Direction.Past, "2022-W05-WE")]
    public void Weekends_are_iso_weeks(string dct, Direction dir, string expected) =>
        Assert.Equal(expected, Call("weekend", dct, dir));

    [Fact]
    public void Without_an_anchor_values_keep_their_unknowns()
    {
        Assert.Equal("XXXX-XX-XX", ResolutionFunctions.Call("rel", ["day", "-1"], null, Direction.Past).Value);
        Assert.Equal("XXXX-WXX-3", ResolutionFunctions.Call("weekday", ["3"], null, Direction.Past).Value);
        Assert.Null(ResolutionFunctions.Call("nosuch", ["3"], null, Direction.Past).Value);
        Assert.Null(ResolutionFunctions.Call("weekday", ["x"], Anchor.TryParse("2022-02-04"), Direction.Past).Value);
    }

    [Theory]
    [InlineData("2022-02-04T15:36", DatePrecision.Time)]
    [InlineData("2022-02", DatePrecision.Month)]
    [InlineData("2022", DatePrecision.Year)]
    [InlineData("2022-02-30", DatePrecision.Month)]
    public void Anchors_keep_their_precision(string value, DatePrecision precision) =>
        Assert.Equal(precision, Anchor.TryParse(value)!.Precision);

    [Theory]
    [InlineData("2022-02-28", true)]
    [InlineData("2022-02-29", false)]
    [InlineData("2022-13", false)]
    [InlineData("2022-02-04T24:00", true)]
    [InlineData("2022-02-04T15:61", false)]
    [InlineData("2022-W09", true)]
    [InlineData("PXY", true)]
    public void Impossible_values_are_caught(string value, bool plausible) =>
        Assert.Equal(plausible, ValueCheck.IsPlausible(value));
}
