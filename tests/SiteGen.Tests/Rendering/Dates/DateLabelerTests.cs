using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Rendering.Dates;

public class DateLabelerTests
{
    [Theory]
    [InlineData("2022-02-04", "4 februari 2022")]
    [InlineData("2022-02", "februari 2022")]
    [InlineData("2022-W09", "week 9, 2022")]
    [InlineData("2023-Q1", "eerste kwartaal 2023")]
    [InlineData("2023-SP", "lente 2023")]
    [InlineData("2023-WI", "winter 2023")]
    [InlineData("2024", "2024")]
    [InlineData("199", "jaren negentig")]
    [InlineData("20", "21e eeuw")]
    [InlineData("2022-02-04T15:36", "4 februari 2022, 15:36")]
    [InlineData("2022-02-03TEV", "3 februari 2022, 's avonds")]
    [InlineData("2022-12-31", "31 december 2022")]
    public void Labels_a_value_at_its_own_precision(string value, string expected) =>
        Assert.Equal(expected, Ui.Labeler.Label(value));

    [Theory]
    [InlineData("2022-02", TimexMod.Start, "begin februari 2022")]
    [InlineData("2022-02", TimexMod.End, "eind februari 2022")]
    [InlineData("2022-02", TimexMod.Mid, "half februari 2022")]
    public void Modifiers_are_stated_in_words(string value, TimexMod mod, string expected) =>
        Assert.Equal(expected, Ui.Labeler.Label(value, mod));

    [Fact]
    public void Estimated_dates_say_so() =>
        Assert.Equal("2024 (geschat)", Ui.Labeler.Label("2024", estimated: true));

    [Theory]
    [InlineData("2022-02-04", "2022-02-04")]
    [InlineData("2022-W09", "2022-W09")]
    [InlineData("2023-Q1", "2023")]
    [InlineData("2023-SP", "2023")]
    [InlineData("199", "1990")]
    [InlineData("2022-02-03TEV", "2022-02-03")]
    [InlineData("PRESENT_REF", null)]
    [InlineData("PXW", null)]
    public void Html_datetime_values_are_valid_html(string value, string? expected) =>
        Assert.Equal(expected, DateLabeler.HtmlDateTime(value));

    [Fact]
    public void English_texts_switch_the_labels()
    {
        var english = UiStrings.Load(Repo.Templates, "en", new SiteGen.Diagnostics.DiagnosticBag())!;
        Assert.Equal("4 February 2022", new DateLabeler(english).Label("2022-02-04"));
        Assert.Equal("early February 2022", new DateLabeler(english).Label("2022-02", TimexMod.Start));
    }
}
