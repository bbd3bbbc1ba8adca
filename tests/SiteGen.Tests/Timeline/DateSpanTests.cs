using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

public class DateSpanTests
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
        var span = DateSpan.Parse(value)!.Value;
        Assert.Equal(DateOnly.Parse(start), span.Start);
        Assert.Equal(DateOnly.Parse(end), span.End);
        Assert.Equal(precision, span.Precision);
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3D")]
    [InlineData("2022-13")]
    [InlineData("")]
    public void Vague_durations_and_broken_values_have_no_span(string value) => Assert.Null(DateSpan.Parse(value));

    [Fact]
    public void A_day_is_compatible_with_its_month_but_not_with_another()
    {
        var day = DateSpan.Parse("2022-02-04")!.Value;
        Assert.True(day.CompatibleWith(DateSpan.Parse("2022-02")!.Value));
        Assert.True(DateSpan.Parse("2022")!.Value.CompatibleWith(day));
        Assert.False(day.CompatibleWith(DateSpan.Parse("2022-03")!.Value));
        Assert.False(day.CompatibleWith(DateSpan.Parse("2022-02-05")!.Value));
    }
}
