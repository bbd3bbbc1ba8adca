using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>Each class of noise, with sentences written for the test, and sentences that are no noise.</summary>
public class NoiseRulesTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.For("nl");

    private static NoiseKind Classify(string sentence, bool wholeParagraph = false, bool endOfText = false) =>
        NoiseRules.Classify(sentence, ClauseMap.Of(sentence, Lexicon.Syntax, []), wholeParagraph, endOfText, Lexicon.StopWords, Lexicon.Syntax, []);

    [Theory]
    [InlineData("Waarom sloot de gemeente het zwembad zo plotseling?", NoiseKind.Question)]
    [InlineData("Wat betekent dit voor de boeren in de regio?\u201D", NoiseKind.Question)]
    [InlineData("Het is niemand ontgaan.", NoiseKind.Empty)]
    [InlineData("Nog even en dan is het zover.", NoiseKind.Empty)]
    [InlineData("\u201CWe laten ons niet wegzetten als de boosdoeners van dit land.\u201D", NoiseKind.Quote)]
    [InlineData("'Dit had nooit mogen gebeuren', en daarmee was alles gezegd'", NoiseKind.Quote)]
    [InlineData("Het gaat nog jaren duren voordat de boeren weer zekerheid hebben\u201D.", NoiseKind.Quote)]
    [InlineData("Daar zijn we in maart al mee begonnen.\"", NoiseKind.Quote)]
    [InlineData("Demonstranten op het Museumplein met spandoeken Beeld ANP", NoiseKind.Caption)]
    [InlineData("Foto: Reuters", NoiseKind.Caption)]
    [InlineData("De burgemeester bij de opening van de brug. © Hollandse Hoogte", NoiseKind.Caption)]
    [InlineData("Lees ook: Wat er misging bij de aanbesteding van de tunnel", NoiseKind.ReadAlso)]
    [InlineData("Lees het oordeel van de rechtbank hier terug.", NoiseKind.ReadAlso)]
    [InlineData("Bekijk ook de beelden van de storm in Zeeland.", NoiseKind.ReadAlso)]
    [InlineData("— Jan de Vries (@jandevries_nl) 22 maart 2021", NoiseKind.PostSignature)]
    [InlineData("Dit gaat helemaal mis, ik schaam me pic.twitter.com/abc123", NoiseKind.PostSignature)]
    [InlineData("en dinsdag in Utrecht met de wethouder van financiën.", NoiseKind.Fragment)]
    [InlineData("Kort daarna.", NoiseKind.Fragment)]
    [InlineData("The city council has decided that it will close the old swimming pool.", NoiseKind.Foreign)]
    [InlineData("Breaking news: the mayor has resigned after the vote in the city council late on Tuesday night.", NoiseKind.Foreign)]
    public void Sorts_out_noise_by_class(string sentence, NoiseKind kind) => Assert.Equal(kind, Classify(sentence));

    [Fact]
    public void A_heading_or_a_cut_off_last_sentence_is_a_fragment()
    {
        Assert.Equal(NoiseKind.Fragment, Classify("Eerste bussen rijden al om zes uur de stad in", wholeParagraph: true));
        Assert.Equal(NoiseKind.Fragment, Classify("Volgens de woordvoerder van het ziekenhuis is het nog te vroeg om", endOfText: true));
        Assert.Equal(NoiseKind.None, Classify("Volgens de woordvoerder van het ziekenhuis is het nog te vroeg om iets te zeggen.", endOfText: true));
    }

    [Theory]
    [InlineData("De gemeenteraad van Tilburg heeft dinsdag de begroting aangenomen.")]
    [InlineData("\u201CDe maat is vol\u201D, riepen duizenden vissers maandag in IJmuiden.")]
    [InlineData("Het kabinet valt.")]
    [InlineData("\u201CDe maat is vol.\u201D Dat zeiden de vissers maandag in IJmuiden.")]
    [InlineData("Het ministerie noemt het rapport \"onthutsend\".")]
    [InlineData("Er volgt een onderzoek door de inspectie.")]
    public void A_report_is_no_noise(string sentence) => Assert.Equal(NoiseKind.None, Classify(sentence));

    [Fact]
    public void Noise_gives_no_event_whatever_dates_it_holds()
    {
        var article = HandMade.Article("n", "De gemeenteraad heeft de begroting aangenomen.\n\nWaarom stemde de raad woensdag in?\n\nLees ook: het debat van donderdag over de begroting\n\n\u201CDit is een zwarte dag voor vrijdag en zaterdag.\u201D",
            "2023-11-10", ("woensdag", "2023-11-08"), ("donderdag", "2023-11-09"), ("vrijdag", "2023-11-10"), ("zaterdag", "2023-11-11"));
        var events = EventExtractor.Create("nl").Extract(article).Events;
        Assert.True(Assert.Single(events).Event.IsHeadline);
    }

    [Fact]
    public void The_last_words_of_a_quotation_without_their_speaker_are_no_event()
    {
        var article = HandMade.Article("q", "De gemeenteraad van Zwolle heeft de begroting aangenomen.\n\n\"Ik verwacht niet dat de tarieven snel omlaag gaan. Dat gaat echt nog jaren duren\", zei de wethouder woensdag tijdens een persconferentie.",
            "2023-11-10", ("woensdag", "2023-11-08"));
        var events = EventExtractor.Create("nl").Extract(article).Events;
        Assert.DoesNotContain(events, e => NoiseRules.QuoteTail(e.Event.Text));
        Assert.DoesNotContain(events, e => e.Event.Text.Contains("jaren duren", StringComparison.Ordinal) && !e.Event.Text.Contains("wethouder", StringComparison.Ordinal));
    }
}
