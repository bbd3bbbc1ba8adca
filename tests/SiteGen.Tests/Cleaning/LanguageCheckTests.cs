using SiteGen.Diagnostics;
using SiteGen.Tests.Loading;
using Xunit;

namespace SiteGen.Tests.Cleaning;

/// <summary>An article in another language than the site's is named (SG0142); Dutch, short and markup-only bodies are not.</summary>
public class LanguageCheckTests
{
    private const string English = "The government announced on Monday that the new bridge across the river will open next spring, "
        + "two years later than planned. The minister told reporters that the delay was caused by a shortage of steel and by "
        + "the wet summer, and that the costs had risen by almost a third. Local residents said they were relieved that the "
        + "works would finally come to an end after so many years of noise and traffic jams.";

    private const string Dutch = "Het kabinet heeft maandag bekendgemaakt dat de nieuwe brug over de rivier komend voorjaar opengaat, "
        + "twee jaar later dan gepland. De minister zei tegen verslaggevers dat de vertraging kwam door een tekort aan staal en "
        + "door de natte zomer, en dat de kosten met bijna een derde zijn gestegen. Omwonenden zijn opgelucht dat er na zoveel "
        + "jaren van lawaai en files eindelijk een einde aan de werkzaamheden komt.";

    [Fact]
    public void An_english_article_is_named_with_its_language()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(Seeds.Loader().LoadText(" date 2024-05-13 " + English + "\n", "bridge.txt", bag));
        var d = Assert.Single(bag.Sorted, d => d.Code == "SG0142");
        Assert.Equal((Severity.Warning, "bridge.txt"), (d.Severity, d.File));
        Assert.Contains("English (en)", d.Message);
        Assert.Contains("'en'", d.Fix);
    }

    [Theory]
    [InlineData(" date 2024-05-13 " + Dutch)]
    [InlineData(" date 2024-05-13 The bridge opens next spring.")]
    [InlineData("---\ndate: 2024-05-13\n---\n<div><div><div><span>brug</span></div></div></div>")]
    public void Dutch_short_and_markup_only_articles_are_not_judged_foreign(string text)
    {
        var bag = new DiagnosticBag();
        Seeds.Loader().LoadText(text + "\n", "brug.md", bag);
        Assert.DoesNotContain(bag.Sorted, d => d.Code == "SG0142");
    }
}
