using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Tests.Loading;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>The headline event is the lead's actual report of the news, dated by the date that governs it.</summary>
public class LeadChooserTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create("nl");

    private static ArticleEvent Headline(Article article) => Extractor.Extract(article).Events.Single(e => e.Event.IsHeadline).Event;

    [Theory]
    // A teaser question gives way to the report.
    [InlineData("Wat betekent het besluit voor de reizigers?\n\nDe spoorwegen schrappen vanaf maandag de nachttreinen naar Groningen.",
        "2023-09-08", "De spoorwegen schrappen", "2023-09-11", "vanaf maandag=2023-09-11")]
    // A lead dated long before publication is background: the news follows it.
    [InlineData("In 2015 opende de gemeente het nieuwe zwembad aan de rand van de stad.\n\nDe gemeenteraad heeft woensdag besloten het zwembad te sluiten.",
        "2023-06-15", "De gemeenteraad heeft besloten het zwembad te sluiten.", "2023-06-14", "2015=2015", "woensdag=2023-06-14")]
    // A lead in the pluperfect is background; so is an undated opening before a sentence dated on publication day.
    [InlineData("De bewoners hadden al jaren geklaagd over het lawaai van de fabriek.\n\nDe provincie sluit de fabriek per direct.",
        "2023-02-17", "De provincie sluit de fabriek", "2023-02-17")]
    [InlineData("Minder herrie kan alleen met minder vrachtwagens, vindt de wethouder.\n\nBewoners van de Dorpsstraat blokkeerden vandaag de toegangsweg naar het bedrijventerrein.",
        "2023-02-17", "Bewoners van de Dorpsstraat blokkeerden", "2023-02-17", "vandaag=2023-02-17")]
    // With a publication month only, `gisteravond` still marks the news; an undated opening in the perfect stays.
    [InlineData("Van tevoren stond al vast dat de begroting het niet zou halen.\n\nDe gemeenteraad heeft de begroting gisteravond weggestemd.",
        "2023-11", "De gemeenteraad heeft de begroting", "2023-11", "gisteravond=2023-11")]
    [InlineData("De koning is aangekomen in Jakarta voor een staatsbezoek.\n\nIn het gesprek vandaag bespraken de koning en de president de handel.",
        "2023-11", "De koning is aangekomen", "2023-11", "vandaag=2023-11")]
    // `Maar liefst` does not lean on a sentence before it; a pluperfect with a separable participle is background.
    [InlineData("Maar liefst twaalf omwonenden vochten maandag de vergunning van de fabriek aan.\n\nDe rechter doet over twee weken uitspraak.",
        "2023-03-08", "Maar liefst twaalf omwonenden", "2023-03-06", "maandag=2023-03-06")]
    [InlineData("De vissers hadden een zaak aangespannen tegen de nieuwe quota.\n\nDe rechter stelt de vissers in het gelijk.",
        "2023-03-08", "De rechter stelt de vissers", "2023-03-08")]
    // An undated stance gives way to the happening the next sentence reports in the past; not to a sentence in the
    // present, nor to one dated by background.
    [InlineData("De staatssecretaris vindt de gang van zaken bij de dienst heel ernstig. In haar eerste debat in de Tweede Kamer beloofde zij de ouders snel te helpen.",
        "2023-03", "In haar eerste debat in de Tweede Kamer beloofde zij", "2023-03")]
    [InlineData("De wethouder vindt de plannen voor het zwembad veel te duur. De gemeente moet dit jaar flink bezuinigen op sport.",
        "2023-03", "De wethouder vindt", "2023-03")]
    [InlineData("De minister noemt de uitspraak van de rechter onbegrijpelijk. In 2015 oordeelde dezelfde rechter nog heel anders.",
        "2023-03", "De minister noemt", "2023-03", "2015=2015")]
    // A statement in the pluperfect is the news when the next sentence says who made it and when; a quotation with
    // only its speaker after it is a reaction, no lead. An article that opens with one (its lead not scraped) keeps it.
    [InlineData("Het was beter geweest als de gemeente eerder had ingegrepen bij de fabriek. Dat zei de wethouder woensdag in de raad.\n\n\"We nemen de klachten heel serieus\", aldus de wethouder.",
        "2023-06-15", "Het was beter geweest als de gemeente", "2023-06-14", "woensdag=2023-06-14")]
    [InlineData("\"Wie meer schade heeft geleden, krijgt meer geld\", benadrukt de staatssecretaris. Het kabinet trok eerder een half miljard euro uit.",
        "2023-06", "\"Wie meer schade heeft geleden", "2023-06")]
    // A forecast dated today (`zullen vandaag worden benoemd`) does not displace an undated opening: it is no happening.
    [InlineData("Oud-wethouder Jansen en oud-directeur De Vries worden de nieuwe kwartiermakers. Dat is de uitkomst van het overleg in de raad. De twee kwartiermakers zullen nog vandaag worden benoemd.",
        "2024-03", "Oud-wethouder Jansen en oud-directeur De Vries worden", "2024-03", "vandaag=2024-03")]
    // Not knowing (`weet niet`) is a stance too: the next sentence's report in the past is the news.
    [InlineData("De nieuwe bemiddelaar weet ook niet precies waarom de burgemeester hem heeft gevraagd. \"Ik had het helemaal niet zien aankomen\", zei hij tijdens zijn eerste persconferentie.",
        "2023-11", "Hij zegt: \"Ik had het helemaal niet zien aankomen\"", "2023-11")]
    // An undated opening that only says how things were gives way to the news further on in the opening.
    [InlineData("De storm van 3 maart 2019 was voor de provincie een van de redenen om de dijk te versterken. De provincie rekende toen nog op 2022. Het werk begon met de aanleg van een nieuwe kade. Halverwege vorig jaar kwam het werk stil te liggen. Na jaren van vertraging opent de gedeputeerde vandaag de nieuwe dijk.",
        "2023-02", "Na jaren van vertraging opent", "2023-02", "3 maart 2019=2019-03-03", "2022=2022", "Halverwege vorig jaar=2022-06", "vandaag=2023-02")]
    // With a publication month only, a day of the week (`donderdag`) marks the news of that week: an undated
    // opening gives way to it.
    [InlineData("De gemeenteraad krijgt een nieuwe voorzitter voor de commissie ruimte. Wethouder Smit is donderdag gekozen door de andere leden van de commissie.",
        "2023-07", "Wethouder Smit is gekozen", "2023-07", "donderdag=2023-07")]
    // A sentence dated by the attribution after it (`Dat heeft de gemeente dinsdag aangekondigd.`) is the news an
    // opening duty gives way to; not one that leans on the sentence before it (`Daardoor …`), whose news that
    // attribution dates as much.
    [InlineData("Gedupeerde huurders moeten binnen drie maanden worden gecompenseerd. Zeker vierhonderd huurders krijgen elk 5.000 euro. Dat heeft de gemeente dinsdag aangekondigd na overleg met de corporaties.",
        "2023-05", "Zeker vierhonderd huurders krijgen", "2023-05", "dinsdag=2023-05")]
    [InlineData("De provincie neemt het advies van de commissie over. Daardoor gaat bij de natuurgebieden de maximumsnelheid omlaag. Dat schrijft de gedeputeerde vrijdag aan de Staten.",
        "2023-10", "De provincie neemt het advies", "2023-10", "vrijdag=2023-10")]
    // A quotation with its speaker, dated by when it was said, is a reaction to the news, not the news.
    [InlineData("Premier De Vries vindt de nieuwe heffing een noodzakelijk kwaad. \"Ik denk niet dat het snel verandert. Het zal echt lang duren\", zei De Vries woensdagochtend tijdens een persconferentie.",
        "2023-11", "Premier De Vries vindt", "2023-11", "woensdagochtend=2023-11")]
    // `Vandaag is het zover.`: the sentences before it were the run-up; the one after it is the news.
    [InlineData("Ruim drie jaar is eraan gewerkt: de nieuwe brug over het kanaal. Vandaag is het zover. De burgemeester opent de brug met een lint voor het verkeer.",
        "2023-05", "De burgemeester opent de brug", "2023-05", "Vandaag=2023-05")]
    // So does one that says what must be done.
    [InlineData("Het waterschap moet de dijkdoorbraak die de polder vandaag trof binnen twee dagen onderzoeken. Of de polder snel droog is, is aan de provincie. Die werkt daaraan, zei de gedeputeerde. Het water staat in sommige straten een halve meter hoog. Vanmiddag rond drie uur brak de dijk bij Wijk op een lengte van twintig meter door.",
        "2023-02-10", "De dijk brak bij Wijk", "2023-02-10", "vandaag=2023-02-10", "Vanmiddag rond drie uur=2023-02-10T15:00")]
    public void The_headline_is_the_first_report_of_the_news(string text, string dct, string startsWith, string date, params string[] dates)
    {
        var a = HandMade.Article("h", text, dct, [.. dates.Select(d => (d.Split('=')[0], d.Split('=')[1]))]);
        var headline = Headline(a);
        Assert.StartsWith(startsWith, headline.Text);
        Assert.Equal(date, headline.Date);
    }

    [Fact]
    public void A_headline_line_glued_to_the_lead_is_the_title_not_the_headline_event()
    {
        // A scraped page: the headline line, then the lead on the next line, no blank line between them.
        var a = Seeds.Loader().LoadText(" date 2023-05-10 Alle stemmen zijn geteld: de coalitie verliest haar meerderheid\nBij de verkiezingen van dinsdag is de coalitie haar meerderheid in de raad kwijtgeraakt. De oppositie wint vier zetels.\n",
            "v.txt", new SiteGen.Diagnostics.DiagnosticBag())!;
        Assert.Equal("Alle stemmen zijn geteld: de coalitie verliest haar meerderheid", a.Title);
        var events = Extractor.Extract(a).Events;
        Assert.StartsWith("Bij de verkiezingen", Assert.Single(events, e => e.Event.IsHeadline).Event.Text);
        Assert.DoesNotContain(events, e => e.Event.Text.Contains("Alle stemmen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_that_only_says_how_things_are_gives_way_to_the_news_past_the_opening()
    {
        // The state, a plan, then quotes: the report of the day comes only in the second paragraph.
        var a = HandMade.Article("s", "Sinds 2015 is Jansen burgemeester van de stad en daarmee de langstzittende burgemeester van de provincie. "
            + "Zij wil de lopende termijn nog afmaken, maar daarna stopt zij. „Ik heb hier lang over nagedacht”, zegt Jansen. "
            + "„Het is een mooie baan.” „Maar het is tijd voor iets anders.” „Ik ga de stad missen.”\n\n"
            + "Zo maakte burgemeester Jansen maandag haar vertrek bekend. Bij de NAM is vandaag niemand bereikbaar.",
            "2023-07", ("2015", "2015"), ("maandag", "2023-07"), ("vandaag", "2023-07"));
        Assert.Equal("Burgemeester Jansen maakte haar vertrek bekend.", Headline(a).Text);
    }

    [Fact]
    public void An_opening_that_says_what_went_on_for_years_gives_way_to_the_news()
    {
        var a = HandMade.Article("j", "De dienst weigerde jarenlang ouders met een tweede paspoort een toeslag. Het ging om duizenden gezinnen. "
            + "Veel ouders kwamen in de schulden. Sommigen verloren hun huis. Een deel van hen wacht nog op geld. "
            + "De toezichthouder legde de dienst gisteren een boete op van twee miljoen euro.",
            "2023-06-15", ("gisteren", "2023-06-14"));
        Assert.StartsWith("De toezichthouder legde", Headline(a).Text);
    }

    [Fact]
    public void An_opening_that_says_what_is_wanted_does_not_give_way_to_a_sentence_past_the_opening()
    {
        // What the cabinet wants is the news here; a later line of the day is not.
        var a = HandMade.Article("t", "Het kabinet wil de winning van zout onder de Waddenzee volledig beëindigen. „Het eindstation is nul”, zegt de minister. "
            + "„Dat is een harde grens”, zegt hij. „Daar gaan we niet van af”, zegt hij. „De regio verdient dat”, zegt hij. „Het is genoeg geweest”, zegt hij. "
            + "„We zijn er klaar mee”, zegt hij.\n\n"
            + "De minister reisde vandaag af naar Harlingen voor overleg met de gemeente.",
            "2023-07-14", ("vandaag", "2023-07-14"));
        Assert.StartsWith("Het kabinet wil de winning van zout", Headline(a).Text);
    }

    [Fact]
    public void A_lead_that_leans_on_a_sentence_before_it_is_no_lead()
    {
        // An excerpt that starts mid-article: `Wel moet …` cannot open the news.
        var a = HandMade.Article("w", "Wel moet tussen 2025 en 2028 worden bekeken of de doelen haalbaar zijn.\n\nDe adviseur presenteert zijn rapport aan het kabinet.",
            "2022-10-05", ("2025", "2025"), ("2028", "2028"));
        Assert.StartsWith("De adviseur presenteert", Headline(a).Text);
    }

    [Fact]
    public void An_attributing_sentence_lends_the_lead_its_date_and_makes_no_event()
    {
        var a = HandMade.Article("d", "Oud-minister Bakker gaat bemiddelen tussen de vissers en de overheid. Dat heeft het ministerie zondag bekendgemaakt.\n\nDe gesprekken beginnen in september.",
            "2022-07", ("zondag", "2022-07-03"), ("september", "2022-09"));
        var events = Extractor.Extract(a).Events.Select(e => e.Event).ToList();
        var headline = events.Single(e => e.IsHeadline);
        Assert.Equal("2022-07-03", headline.Date);
        Assert.StartsWith("Oud-minister Bakker gaat bemiddelen", headline.Text);
        // The source spans both sentences; no event starts with `Dat heeft`.
        Assert.Contains("bekendgemaakt", a.Source.Text[headline.SentenceStart..headline.SentenceEnd]);
        Assert.DoesNotContain(events, e => e.Text.StartsWith("Dat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dat concludeert het instituut dinsdag op basis van nieuw onderzoek.", "instituut")]
    [InlineData("Dat constateerde de inspectie dinsdag na een bezoek aan de fabriek.", "inspectie")]
    [InlineData("Tot die conclusie komt de rekenkamer in een dinsdag gepresenteerd rapport.", "rekenkamer")]
    [InlineData("Die verwachting heeft de douane dinsdag uitgesproken, op basis van een inventarisatie.", "douane")]
    public void A_statement_noun_attributes_the_lead_and_makes_no_event(string attribution, string who)
    {
        var a = HandMade.Article("t", "De provincie doet te weinig om de natuur te herstellen. " + attribution + "\n\nDe provincie reageert volgende week.",
            "2023-06-15", ("dinsdag", "2023-06-13"));
        var events = Extractor.Extract(a).Events.Select(e => e.Event).ToList();
        var headline = events.Single(e => e.IsHeadline);
        Assert.StartsWith("De provincie doet te weinig", headline.Text);
        Assert.Equal("2023-06-13", headline.Date);
        Assert.Contains(who, a.Source.Text[headline.SentenceStart..headline.SentenceEnd]);
        Assert.DoesNotContain(events, e => e.Text.StartsWith("Tot die", StringComparison.Ordinal) || e.Text.StartsWith("Die verwachting", StringComparison.Ordinal)
            || e.Text.StartsWith("Dat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dat maakte de wethouder dinsdagochtend bekend in een video op sociale media.", "video")]
    [InlineData("Dat kondigde de wethouder dinsdag aan in de gemeenteraad.", "gemeenteraad")]
    [InlineData("Dat bevestigde een woordvoerder van de gemeente dinsdag.", "woordvoerder")]
    public void A_sentence_that_says_who_announced_the_lead_lends_it_its_date_and_makes_no_event(string attribution, string word)
    {
        var a = HandMade.Article("w", "Wethouder Jansen legt het lijsttrekkerschap van de partij neer vanwege het rapport. " + attribution + "\n\nDe partij kiest volgende maand een opvolger.",
            "2023-06-15", (attribution.Contains("dinsdagochtend") ? "dinsdagochtend" : "dinsdag", "2023-06-13"));
        var events = Extractor.Extract(a).Events.Select(e => e.Event).ToList();
        var headline = events.Single(e => e.IsHeadline);
        Assert.StartsWith("Wethouder Jansen legt", headline.Text);
        Assert.Equal("2023-06-13", headline.Date);
        Assert.Contains(word, a.Source.Text[headline.SentenceStart..headline.SentenceEnd]);
        Assert.DoesNotContain(events, e => e.Text.StartsWith("Dat", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_without_a_date_of_its_own_is_dated_by_the_publication()
    {
        var a = HandMade.Article("p", "De provincie trekt de vergunning van het vliegveld in.\n\nOmwonenden protesteerden vorig jaar al tegen de uitbreiding.",
            "2023-02-17", ("vorig jaar", "2022"));
        Assert.Equal("2023-02-17", Headline(a).Date);
    }
}
