using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>Sentence splitting and the tense that directs bare weekdays and months.</summary>
public class SentenceTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Fact]
    public void Sentences_split_at_stops_but_not_at_abbreviations_or_numbers()
    {
        const string text = "Op 4 feb. 2022 sprak dhr. Jansen maandag. Het kost 14.30 euro! Komt hij morgen?\n\nKop\nNieuwe alinea vandaag.";
        var sentences = Tagger.Analyze(text, new DocumentDate("2022-02-04", false, "test")).Sentences
            .Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(
            ["Op 4 feb. 2022 sprak dhr. Jansen maandag.", "Het kost 14.30 euro!", "Komt hij morgen?", "Kop", "Nieuwe alinea vandaag."],
            sentences);
    }

    [Fact]
    public void A_name_in_capitals_before_a_stop_ends_the_sentence_but_the_abbreviation_vs_does_not()
    {
        const string text = "De wet geldt ook in de VS. Daar stemde het Congres maandag. Het duel Ajax vs. PSV begon om 14.30 uur.";
        var sentences = Tagger.Analyze(text, new DocumentDate("2022-02-04", false, "test")).Sentences
            .Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["De wet geldt ook in de VS.", "Daar stemde het Congres maandag.", "Het duel Ajax vs. PSV begon om 14.30 uur."], sentences);
    }

    [Fact]
    public void Sentences_split_where_scraping_lost_the_space_after_a_dot()
    {
        const string text = "Het plan werd gepresenteerd.Eind januari volgde het besluit. Zie nu.nl en www.Omroep.nl. Ing.Jansen sprak. Het kost 3.5 euro.Dat is veel.";
        var sentences = Tagger.Analyze(text, new DocumentDate("2022-02-04", false, "test")).Sentences
            .Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(
            ["Het plan werd gepresenteerd.", "Eind januari volgde het besluit.", "Zie nu.nl en www.Omroep.nl.", "Ing.Jansen sprak.", "Het kost 3.5 euro.", "Dat is veel."],
            sentences);
    }

    [Theory]
    // a form like a past after an article is an adjective: `een beleefde brief` says nothing of the tense
    [InlineData("De raad antwoordt maandag met een beleefde brief.", Tense.Present)]
    [InlineData("De raad bespreekt maandag de geplande sluiting.", Tense.Present)]
    // `het` is as often the subject: `Het gebeurde maandag` is past
    [InlineData("Het gebeurde maandag in de raad.", Tense.Past)]
    [InlineData("De ministers spraken elkaar woensdag.", Tense.Past)]
    [InlineData("De ministers hebben elkaar woensdag gesproken.", Tense.Past)]
    [InlineData("Het kabinet werd vrijdag beëdigd.", Tense.Past)]
    [InlineData("De premier verklaarde maandag dat hij blijft.", Tense.Past)]
    [InlineData("De ministers zullen elkaar woensdag spreken.", Tense.Future)]
    [InlineData("Macron gaat maandag naar Moskou.", Tense.Future)]
    [InlineData("Sullivan ontmoet maandag zijn collega.", Tense.Present)]
    // an infinitive after `te` has no tense: `door zondag kampioen te worden` is told in the past of its main verb
    [InlineData("De schaatser kwalificeerde zich door zondag kampioen te worden.", Tense.Past)]
    [InlineData("De ploeg verloor zaterdag zonder te kunnen scoren.", Tense.Past)]
    // a strong participle without ge- makes a perfect; a plural in -den is no past form
    [InlineData("De verdeling is na het vertrek van de wethouder op 18 november herzien.", Tense.Past)]
    [InlineData("De ploeg heeft tot Kerst nog drie wedstrijden.", Tense.Present)]
    // a weak past after a stem in s ('eiste', 'besliste'); a superlative or plural in -ste(n) is none
    [InlineData("Het OM eiste maandag tien jaar cel.", Tense.Past)]
    [InlineData("De rechtbank besliste dinsdag over de borgtocht.", Tense.Past)]
    [InlineData("De beste ploeg van het oosten speelt zaterdag.", Tense.Present)]
    public void Sentences_with_an_expression_get_a_tense(string text, Tense tense) =>
        Assert.Equal(tense, Tagger.Analyze(text, new DocumentDate("2022-02-04", false, "test")).Sentences.Single().Tense);

    [Fact]
    public void Clauses_decide_before_sentences()
    {
        var analysis = Tagger.Analyze("De woordvoerder zei dinsdag dat de minister donderdag zal komen.", new DocumentDate("2022-02-04", false, "t"));
        Assert.Equal(["2022-02-01", "2022-02-10"], analysis.Matches.Select(m => m.Value));
    }

    // A subordinate clause has its own finite verb: without a past form it is in the present, whatever the main
    // clause's tense (publication Sunday 2 October 2016).
    [Theory]
    [InlineData("De premier heeft zondag gezegd dat ze de EU eind maart op de hoogte stelt.", "eind maart", "2017-03")]
    [InlineData("De premier zei zondag dat het kabinet in maart een besluit neemt.", "maart", "2017-03")]
    [InlineData("De premier zei dat ze de EU in maart op de hoogte zou stellen.", "maart", "2017-03")]
    [InlineData("Burgemeester Smit kondigde vrijdag aan dat ze op 7 juni vertrekt.", "7 juni", "2017-06-07")]
    [InlineData("Het college kondigde aan dat de brug in februari opengaat omdat de werkzaamheden in januari klaar zijn.", "januari", "2017-01")]
    // … and with a past form it is past.
    [InlineData("De premier zei zondag dat de EU in maart op de hoogte was gesteld.", "maart", "2016-03")]
    [InlineData("De woordvoerder bevestigde dat het overleg in maart plaatsvond.", "maart", "2016-03")]
    [InlineData("De minister, die in maart aantrad, zei dat niet.", "maart", "2016-03")]
    // `dat` and `die` after a preposition are determiners, and a clause after `en` may leave its verb out: both keep
    // the sentence's past.
    [InlineData("Het kabinet kondigde in dat debat in maart nieuwe verkiezingen aan.", "maart", "2016-03")]
    [InlineData("De Kamer stemde in maart in en de Senaat in juni.", "juni", "2016-06")]
    public void Subordinate_clauses_keep_their_own_tense(string text, string span, string value)
    {
        var matches = Tagger.Analyze(text, new DocumentDate("2016-10-02", false, "t")).Matches;
        Assert.Equal(value, matches.Single(m => m.Text == span).Value);
    }
}
