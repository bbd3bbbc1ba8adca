using SiteGen.Temporal.Resolution;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>The days holidays fall on, checked against published calendars.</summary>
public class HolidayCalendarTests
{
    [Theory]
    [InlineData(1818, "1818-03-22")] // earliest possible
    [InlineData(1943, "1943-04-25")] // latest possible
    [InlineData(2000, "2000-04-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_sunday(int year, string expected) =>
        Assert.Equal(expected, HolidayCalendar.Easter(year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("fixed:04-27:sun-1", 2024, "2024-04-27")] // Koningsdag on a Saturday
    [InlineData("fixed:04-27:sun-1", 2025, "2025-04-26")] // the 27th is a Sunday
    [InlineData("fixed:04-27:sun-1", 2014, "2014-04-26")]
    [InlineData("fixed:12-25", 2022, "2022-12-25")]
    [InlineData("easter:39", 2024, "2024-05-09")] // Hemelvaartsdag
    [InlineData("easter:50", 2024, "2024-05-20")] // Tweede Pinksterdag
    [InlineData("easter:-2", 2025, "2025-04-18")] // Goede Vrijdag
    [InlineData("nth:3:2:09", 2022, "2022-09-20")] // Prinsjesdag
    [InlineData("nth:3:2:09", 2025, "2025-09-16")]
    [InlineData("nth:2:7:05", 2024, "2024-05-12")] // Moederdag
    public void Holiday_rules(string rule, int year, string expected) =>
        Assert.Equal(expected, HolidayCalendar.On(rule, year)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("fixed:02-30")]
    [InlineData("nth:5:1:02")]
    [InlineData("someday:1")]
    [InlineData("fixed:xx-yy")]
    public void Unreadable_or_missing_days_are_null(string rule) => Assert.Null(HolidayCalendar.On(rule, 2023));

    [Fact]
    public void Every_holiday_in_the_table_has_a_day_in_every_year()
    {
        var table = TemporalTagger.Create("nl").Compiled.Resources.Tables["holiday"];
        foreach (var (name, rule) in table)
            for (var year = 1900; year <= 2100; year++)
                Assert.True(HolidayCalendar.On(rule, year) is not null, $"{name} = {rule} has no day in {year}");
    }

    [Theory]
    [InlineData("Met Kerstmis lag er sneeuw.", "2024-03", "2023-12-25")] // a month anchor still fixes the day
    [InlineData("Met Kerstmis lag er sneeuw.", "2024", "2023-12-25")]
    [InlineData("Met Pasen lag er sneeuw.", "2024-03", "2024-03-31")] // past, in the anchor's month: taken as its end
    [InlineData("Met Pasen gaat het sneeuwen.", "2024-03", "2024-03-31")]
    public void Holidays_against_a_coarse_document_date(string text, string dct, string expected)
    {
        var matches = TemporalTagger.Create("nl").Analyze(text, new DocumentDate(dct, false, "test")).Matches;
        Assert.Equal(expected, Assert.Single(matches).Value);
    }
}
