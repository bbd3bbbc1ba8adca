using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Timeline;
using Xunit;
using static SiteGen.Tests.Timeline.DossierDatingTests;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// An undated article is dated from the dossier only on evidence of the same happening (<see cref="DossierEvidence"/>):
/// not from a report of a state, a stretch of time or a schedule, not by an opening that says what is meant, not by
/// two sentences that each lean on the one before them, and never to before what its own body reports as past.
/// Articles written for these tests, tagged by the real tagger.
/// </summary>
public class DossierEvidenceTests
{
    private static TimelineResult Build(params Article[] articles) => Builder.Build([.. articles, Museum(), Pool()]);

    // Report of Thursday 9 March 2023.
    private static Article Assignment() => Tagged("300",
        "Het adviescollege onder leiding van oud-gedeputeerde Henk Jansen kreeg donderdag van de provincie Drenthe opdracht om te adviseren over het geluid van de windmolens bij Emmen. "
        + "Het college brengt binnen een jaar een eindrapport uit.", "2023-03-09");

    // Report of Tuesday 12 September 2023.
    private static Article Lowered() => Tagged("301",
        "De provincie Drenthe heeft dinsdag de maximale ashoogte van de windmolens bij Emmen verlaagd van 200 naar 150 meter. "
        + "Gedeputeerde Karin Veenstra volgt daarmee het tussenrapport van het college van Jansen.", "2023-09-12");

    // An opening and what a report of the day goes on with: the sentences past the openings are the body.
    private const string Verdict = "Drenthe doet te weinig tegen het geluid van de windmolens bij Emmen. "
        + "Tot die conclusie komt het adviescollege onder leiding van oud-gedeputeerde Henk Jansen in zijn eindrapport. "
        + "Het college sprak met omwonenden, boeren en deskundigen. Veel bewoners slapen slecht door het gezoem van de wieken. "
        + "Volgens het college telt de provincie te veel klachten. Een oplossing is volgens de onderzoekers niet eenvoudig.\n\n";

    [Fact]
    public void An_undated_article_is_no_older_than_what_its_body_reports_as_past()
    {
        // The opening matches the assignment of March best; the body reports as past what happened in September, so
        // the article is no older than September and the next match, a report of September, dates it.
        var final = Undated("302", Verdict
            + "Het eerste advies van het college leidde ertoe dat de provincie de maximale ashoogte van de windmolens bij Emmen verlaagde van 200 naar 150 meter.");
        var date = DateOf(Build(Assignment(), Lowered(), final), "302");
        Assert.Equal(("2023-09", "301"), (date?.Value, date?.From));
    }

    [Fact]
    public void A_past_with_a_date_of_its_own_is_no_floor()
    {
        // `In juni` dates the sentence by its own words, which an undated article cannot place in a year.
        var final = Undated("304", Verdict
            + "In juni leidde het eerste advies van het college ertoe dat de provincie de maximale ashoogte van de windmolens bij Emmen verlaagde van 200 naar 150 meter.");
        Assert.Equal("2023-03", DateOf(Build(Assignment(), Lowered(), final), "304")?.Value);
    }

    [Fact]
    public void Without_such_a_past_the_opening_dates_the_article()
    {
        var final = Undated("303", Verdict + "Omwonenden klagen al jaren over het gezoem van de wieken.");
        Assert.Equal("2023-03", DateOf(Build(Assignment(), Lowered(), final), "303")?.Value);
    }

    [Fact]
    public void A_report_of_how_things_stand_so_far_dates_nothing()
    {
        // `Tot dusver …` holds on every day up to the report: the launch it follows may be months before.
        var count = Tagged("310", "Tot dusver zijn ongeveer tweehonderd bewoners bij de windmolens van Emmen bereid hun huis aan de provincie Drenthe te verkopen. "
            + "Dat zegt gedeputeerde Karin Veenstra in een debat met de Staten.", "2023-09-12");
        var launch = Undated("311", "Gedeputeerde Karin Veenstra lanceert de regeling waarmee bewoners bij de windmolens van Emmen hun huis aan de provincie Drenthe kunnen verkopen. "
            + "De regeling kost ruim tien miljoen euro.");
        Assert.Null(DateOf(Build(count, launch), "311"));
    }

    [Theory]
    [InlineData("Het is de bedoeling dat de gedeputeerden van BBB, VVD en PvdA in het nieuwe college van Drenthe blijven.", null)]
    [InlineData("De gedeputeerden van BBB, VVD en PvdA blijven in het nieuwe college van Drenthe.", "2023-09")]
    public void An_opening_that_says_what_is_meant_dates_nothing(string opening, string? expected)
    {
        var college = Tagged("320", "Het nieuwe college van gedeputeerde staten van Drenthe telt vijf gedeputeerden van BBB, VVD en PvdA. "
            + "Commissaris Jetta Klijnsma noemde het een sterk team.", "2023-09-12");
        Assert.Equal(expected, DateOf(Build(college, Undated("321", opening)), "321")?.Value);
    }

    [Theory]
    [InlineData("Deze gezinnen kregen hoge boetes en kwamen in de problemen door het lawaai van de windmolens bij Emmen.", null)]
    [InlineData("Veel gezinnen kregen hoge boetes en kwamen in de problemen door het lawaai van de windmolens bij Emmen.", "2023-09")]
    public void Two_sentences_that_lean_on_the_one_before_them_date_nothing(string second, string? expected)
    {
        // `Daarbij …` shares its words with what came before it; so does `Deze gezinnen …`. One of them standing on its
        // own is evidence enough.
        var inquiry = Tagged("330", "Provinciale Staten van Drenthe vergaderden dinsdag over de begroting voor volgend jaar.\n\n"
            + "Veel gezinnen kregen de afgelopen jaren onterecht hoge boetes van de provincie. "
            + "Daarbij speelde ook het lawaai van de windmolens bij Emmen een rol, zo bleek begin deze maand.", "2023-09-12");
        var resigned = Undated("331", "Gedeputeerde Karin Veenstra treedt af vanwege de affaire. " + second);
        Assert.Equal(expected, DateOf(Build(inquiry, resigned), "331")?.Value);
    }

    [Fact]
    public void A_schedule_dates_no_report_of_it_done()
    {
        // The windmills stop per 1 October, as said in June: when they stopped (the day may move) is not that June.
        var schedule = Tagged("340", "De windmolens bij Emmen stoppen per 1 oktober. "
            + "Dat heeft gedeputeerde Karin Veenstra woensdag bekendgemaakt na een debat met omwonenden.", "2023-06-14");
        var stopped = Undated("341", "De windmolens bij Emmen zijn stilgezet, nadat gedeputeerde Karin Veenstra het besluit had ondertekend. "
            + "Omwonenden vierden het met een feest.");
        Assert.Null(DateOf(Build(schedule, stopped), "341"));
    }

    [Theory]
    [InlineData("Hij zei: 'Wij zijn klaar. De provincie verlaagde de ashoogte.'", "De provincie", true)]
    [InlineData("'Wij zijn klaar', zei hij. De provincie verlaagde de ashoogte.", "De provincie", false)]
    [InlineData("Hij zei: ‘Het is zo’n mooie dag. Wij gaan.’ Daarna vertrok hij.", "Daarna", false)]
    [InlineData("Hij zei: „Het is zo’n mooie dag. Wij gaan.”", "Wij gaan", true)]
    public void A_sentence_inside_a_quotation_begun_before_it_is_quoted(string text, string sentence, bool quoted) =>
        Assert.Equal(quoted, QuoteMap.Inside(text, 0, text.IndexOf(sentence, StringComparison.Ordinal)));
}
