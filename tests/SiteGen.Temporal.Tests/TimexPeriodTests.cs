using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Temporal.Tests;

public class TimexPeriodTests
{
    [Theory]
    [InlineData("2022-02-04", "2022-02-04", "2022-02-05", DatePrecision.Day)]
    [InlineData("2022-02-04T15:36", "2022-02-04", "2022-02-05", DatePrecision.Time)]
    [InlineData("2022-02-03TEV", "2022-02-03", "2022-02-04", DatePrecision.DayPart)]
    [InlineData("2022-W09", "2022-02-28", "2022-03-07", DatePrecision.Week)]
    [InlineData("2022-02", "2022-02-01", "2022-03-01", DatePrecision.Month)]
    [InlineData("2023-Q1", "2023-01-01", "2023-04-01", DatePrecision.Quarter)]
    [InlineData("2023-WI", "2023-12-01", "2024-03-01", DatePrecision.Season)]
    [InlineData("2022", "2022-01-01", "2023-01-01", DatePrecision.Year)]
    [InlineData("199", "1990-01-01", "2000-01-01", DatePrecision.Decade)]
    [InlineData("20", "2000-01-01", "2100-01-01", DatePrecision.Century)]
    public void Covers_the_days_of_its_value(string value, string start, string end, DatePrecision precision)
    {
        var span = TimexPeriod.Parse(value)!.Value;
        Assert.Equal(DateOnly.Parse(start), span.Start);
        Assert.Equal(DateOnly.Parse(end), span.End);
        Assert.Equal(precision, span.Precision);
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3D")]
    [InlineData("2022-13")]
    [InlineData("")]
    [InlineData("2022-XX")]
    [InlineData("2022-02-30")]
    public void Vague_durations_and_broken_values_have_no_span(string value) => Assert.Null(TimexPeriod.Parse(value));

    [Theory]
    [InlineData("00", "0001-01-01", "0100-01-01")]
    [InlineData("000", "0001-01-01", "0010-01-01")]
    public void Periods_before_year_one_start_on_its_first_day(string value, string start, string end)
    {
        var period = TimexPeriod.Parse(value)!.Value;
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(period.Start, TimexPeriod.StartOf(value));
    }

    [Fact]
    public void An_unknown_season_names_no_period_for_ordering_either() => Assert.Null(TimexPeriod.StartOf("2022-XY"));

    [Fact]
    public void A_day_is_compatible_with_its_month_but_not_with_another()
    {
        var day = TimexPeriod.Parse("2022-02-04")!.Value;
        Assert.True(day.CompatibleWith(TimexPeriod.Parse("2022-02")!.Value));
        Assert.True(TimexPeriod.Parse("2022")!.Value.CompatibleWith(day));
        Assert.False(day.CompatibleWith(TimexPeriod.Parse("2022-03")!.Value));
        Assert.False(day.CompatibleWith(TimexPeriod.Parse("2022-02-05")!.Value));
    }
}
