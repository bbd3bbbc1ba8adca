using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>The day of the week a date expression names (<c>events/weekdays.txt</c>), in expressions written for these tests.</summary>
public class WeekdayNamedTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.For("nl");

    [Theory]
    [InlineData("woensdag", DayOfWeek.Wednesday)]
    [InlineData("Maandag", DayOfWeek.Monday)]
    [InlineData("dinsdagavond", DayOfWeek.Tuesday)]
    [InlineData("afgelopen zondagochtend", DayOfWeek.Sunday)]
    [InlineData("vorige week vrijdag", DayOfWeek.Friday)]
    [InlineData("zaterdag 12 oktober", DayOfWeek.Saturday)]
    [InlineData("de nacht van woensdag op donderdag", null)]
    [InlineData("vorige week", null)]
    [InlineData("in oktober", null)]
    [InlineData("het weekend", null)]
    public void An_expression_names_one_weekday_or_none(string expression, DayOfWeek? expected) =>
        Assert.Equal(expected, Lexicon.WeekdayNamed(expression));
}
