using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>Each class of noise, with sentences written for the test, and sentences that are no noise.</summary>
public class NoiseRulesTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.For("nl");

    private static NoiseKind Classify(string sentence, bool endsParagraph = false, bool endOfText = false) =>
        NoiseRules.Classify(sentence, ClauseMap.Of(sentence, Lexicon.Syntax, []), endsParagraph, endOfText, Lexicon.StopWords, Lexicon.Syntax, []);

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
    [InlineData("Hoe de gemeente het tekort liet oplopen, is te lezen in het rapport van de rekenkamer.", NoiseKind.Question)]
    [InlineData("Waarom de directeur van het museum vertrok, blijft onduidelijk.", NoiseKind.Question)]
    [InlineData("Het was een zware week voor de vissers in Urk.", NoiseKind.Comment)]
    [InlineData("En dat is een flinke tegenvaller voor de wethouder van Zwolle.", NoiseKind.Comment)]
    [InlineData("Het is een zege voor de wethouder, die al jaren eist dat de haven dichtgaat.", NoiseKind.Comment)]
    [InlineData("De datum van de stemming is niet zomaar gekozen.", NoiseKind.Comment)]
    [InlineData("Het verhaal begint in de zomer van 2019.", NoiseKind.Comment)]
    // What a `dat` clause says presented as known is the background the article starts from.
    [InlineData("Het is niemand ontgaan dat de gemeente de bewoners van de wijk jarenlang in de steek heeft gelaten.", NoiseKind.Comment)]
    [InlineData("Het is geen geheim dat de wethouder de haven al jaren wil sluiten.", NoiseKind.Comment)]
    [InlineData("Het is inmiddels bekend dat de wethouder dinsdag de haven heeft gesloten.", NoiseKind.None)]
    [InlineData("De wethouder wilde niet ingaan op de inhoud van het gesprek met de bewoners.", NoiseKind.Comment)]
    [InlineData("Het waterschap wil geen commentaar geven op de uitspraak van de rechter.", NoiseKind.Comment)]
    [InlineData("Over de opvolger wilde de burgemeester nog niets kwijt.", NoiseKind.Comment)]
    [InlineData("Een terugblik op de crisis.", NoiseKind.Fragment)]
    [InlineData("De nasleep van de stemming.", NoiseKind.Fragment)]
    [InlineData("The city council has decided that it will close the old swimming pool.", NoiseKind.Foreign)]
    [InlineData("Breaking news: the mayor has resigned after the vote in the city council late on Tuesday night.", NoiseKind.Foreign)]
    public void Sorts_out_noise_by_class(string sentence, NoiseKind kind) => Assert.Equal(kind, Classify(sentence));

    [Fact]
    public void A_heading_or_a_cut_off_last_sentence_is_a_fragment()
    {
        Assert.Equal(NoiseKind.Fragment, Classify("Eerste bussen rijden al om zes uur de stad in", endsParagraph: true));
        // A title line after a label (`VIDEO. Een lange nacht in de raadszaal JV`): no end mark where its paragraph ends.
        Assert.Equal(NoiseKind.Fragment, Classify("Een boze wethouder en een lange nacht in de raadszaal JV", endsParagraph: true));
        Assert.Equal(NoiseKind.None, Classify("De raad stemde na een lange nacht in met de begroting", endsParagraph: false));
        Assert.Equal(NoiseKind.Fragment, Classify("Volgens de woordvoerder van het ziekenhuis is het nog te vroeg om", endOfText: true));
        Assert.Equal(NoiseKind.None, Classify("Volgens de woordvoerder van het ziekenhuis is het nog te vroeg om iets te zeggen.", endOfText: true));
    }

    [Theory]
    [InlineData("De gemeenteraad van Tilburg heeft dinsdag de begroting aangenomen.")]
    [InlineData("\u201CDe maat is vol\u201D, riepen duizenden vissers maandag in IJmuiden.")]
    [InlineData("Het kabinet valt.")]
    // Someone who would not wait, or wanted something, did something.
    [InlineData("De wethouder wilde niet langer wachten en sloot het zwembad.")]
    [InlineData("\u201CDe maat is vol.\u201D Dat zeiden de vissers maandag in IJmuiden.")]
    [InlineData("Het ministerie noemt het rapport \"onthutsend\".")]
    [InlineData("Er volgt een onderzoek door de inspectie.")]
    [InlineData("Hoe dan ook, de raad stemde dinsdag in met de begroting.")]
    [InlineData("De premier sprak met de koning.")]
    [InlineData("De wethouder treedt af.")]
    [InlineData("Het verhaal van de vissers haalde de krant.")]
    [InlineData("Het is een jaar geleden dat de fabriek in Delfzijl sloot.")]
    [InlineData("Het was een domper voor de raad: de provincie schrapte de subsidie voor de haven.")]
    [InlineData("Het kabinet is niet akkoord met het voorstel van de provincie.")]
    public void A_report_is_no_noise(string sentence) => Assert.Equal(NoiseKind.None, Classify(sentence));

    // The sentence with its date expression (the first occurrence of <paramref name="date"/>) marked, as the reader sees it.
    private static NoiseKind ClassifyDated(string sentence, string date)
    {
        var at = sentence.IndexOf(date, StringComparison.Ordinal);
        List<(int, int)> dates = [(at, at + date.Length)];
        return NoiseRules.Classify(sentence, ClauseMap.Of(sentence, Lexicon.Syntax, dates), false, false, Lexicon.StopWords, Lexicon.Syntax, dates);
    }

    [Theory]
    // A statement of how things are: readiness, an open door, a worry that became clear.
    [InlineData("De gemeente zei dinsdag klaar te zijn voor de verhuizing van het archief.", "dinsdag", NoiseKind.Comment)]
    [InlineData("De wethouder benadrukte woensdag dat het college open staat voor overleg met de bewoners.", "woensdag", NoiseKind.Comment)]
    [InlineData("In maart werd al duidelijk dat er grote zorgen waren bij de provincie over de toekomst van de haven.", "In maart", NoiseKind.Comment)]
    [InlineData("De directie liet vrijdag weten dat de fabriek voorlopig dicht blijft.", "vrijdag", NoiseKind.Comment)]
    // What is said happened, or what a clause after a colon reports, is a report.
    [InlineData("De wethouder zei dinsdag dat de raad het plan aannam.", "dinsdag", NoiseKind.None)]
    [InlineData("De gemeente zei dinsdag het contract met de aannemer te hebben opgezegd.", "dinsdag", NoiseKind.None)]
    [InlineData("De wethouder benadrukte woensdag dat het college het plan heeft ingetrokken.", "woensdag", NoiseKind.None)]
    [InlineData("In maart werd duidelijk dat de provincie de subsidie schrapte.", "In maart", NoiseKind.None)]
    // A noun after a demonstrative names what an earlier sentence said: alone, it adds nothing.
    [InlineData("Woensdagochtend vervloog die hoop weer.", "Woensdagochtend", NoiseKind.Empty)]
    [InlineData("In juni sneuvelde dat plan alsnog.", "In juni", NoiseKind.Empty)]
    [InlineData("Dat besluit nam het college in juni.", "in juni", NoiseKind.None)]
    [InlineData("Woensdagochtend vervloog de hoop van de vissers.", "Woensdagochtend", NoiseKind.None)]
    public void A_sentence_that_only_states_or_refers_back_is_noise(string sentence, string date, NoiseKind kind) =>
        Assert.Equal(kind, ClassifyDated(sentence, date));

    [Theory]
    [InlineData("© Belga.", true)]
    [InlineData("Foto: ANP", true)]
    [InlineData("Beeld Reuters", true)]
    [InlineData("De burgemeester bij de opening van de brug. © Hollandse Hoogte", false)]
    [InlineData("De wethouder opende de brug.", false)]
    public void A_credit_line_on_its_own_is_told_apart(string sentence, bool credit) => Assert.Equal(credit, NoiseRules.IsCredit(sentence));

    [Fact]
    public void The_sentence_a_credit_line_closes_is_a_caption_not_the_lead()
    {
        var article = HandMade.Article("c", "Wethouder Bakker heeft nu een jaar om de begroting rond te krijgen. © Belga.\n\nDe gemeenteraad van Zwolle heeft de wethouder dinsdag het vertrouwen opgezegd.",
            "2023-11-20", ("dinsdag", "2023-11-07"));
        var events = EventExtractor.Create("nl").Extract(article).Events;
        var headline = Assert.Single(events).Event;
        Assert.True(headline.IsHeadline);
        Assert.StartsWith("De gemeenteraad van Zwolle", headline.Text);
    }

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
