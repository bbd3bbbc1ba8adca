using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Temporal.Tests;

public class TimexValueTests
{
    [Theory]
    [InlineData("2022-02-04", DatePrecision.Day)]
    [InlineData("2022-02-04T15:36", DatePrecision.Time)]
    [InlineData("2022-02-03TEV", DatePrecision.DayPart)]
    [InlineData("2022-W09", DatePrecision.Week)]
    [InlineData("2023-03", DatePrecision.Month)]
    [InlineData("2023-Q1", DatePrecision.Quarter)]
    [InlineData("2023-SP", DatePrecision.Season)]
    [InlineData("2022", DatePrecision.Year)]
    [InlineData("199", DatePrecision.Decade)]
    [InlineData("20", DatePrecision.Century)]
    [InlineData("PAST_REF", DatePrecision.None)]
    [InlineData("P3D", DatePrecision.None)]
    public void PrecisionOf_reads_the_value_shape(string value, DatePrecision expected) =>
        Assert.Equal(expected, TimexValue.PrecisionOf(value));
}
