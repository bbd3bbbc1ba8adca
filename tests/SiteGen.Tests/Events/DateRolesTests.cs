using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>What a date does in its sentence: only a date of the main clause dates the report.</summary>
public class DateRolesTests
{
    private static readonly SyntaxWords Syntax = EventLexicon.For("nl").Syntax;

    private static DateRole RoleOf(string sentence, string date, params string[] otherDates)
    {
        var spans = new[] { date }.Concat(otherDates).Select(d => (sentence.IndexOf(d, StringComparison.Ordinal), sentence.IndexOf(d, StringComparison.Ordinal) + d.Length)).ToList();
        var map = ClauseMap.Of(sentence, Syntax, spans);
        return DateRoles.Of(map, Syntax, spans[0], date, spans);
    }

    [Theory]
    // Governing: an adverbial of the main clause, anywhere in it.
    [InlineData("De rechtbank heeft donderdag de eigenaar van het pand veroordeeld.", "donderdag", DateRole.Governing)]
    [InlineData("In maart 2022 sloot de fabriek in Emmen haar deuren.", "maart 2022", DateRole.Governing)]
    [InlineData("Het bestuur trad in de nacht van zondag op maandag af.", "zondag op maandag", DateRole.Governing)]
    [InlineData("De staking begon vanaf maandag in alle havens.", "maandag", DateRole.Governing)]
    // Another occasion to compare with dates nothing in the sentence.
    [InlineData("Om te voorkomen dat mensen net zoals vorig jaar buiten slapen, zoekt de gemeente extra plekken.", "vorig jaar", DateRole.Referred)]
    [InlineData("Net als in 2019 stemde de raad tegen het plan.", "2019", DateRole.Referred)]
    [InlineData("Rusland vroeg om hulp, zo meldden persbureaus als Reuters zondag.", "zondag", DateRole.Governing)]
    // Subordinate and relative clauses date their own happening, not the report.
    [InlineData("De minister betoogt dat de regels in strijd zijn met afspraken die de landen in 1998 maakten.", "1998", DateRole.Subordinate)]
    [InlineData("Nadat de rechter in 2019 de vergunning vernietigde, lag de bouw stil.", "2019", DateRole.Subordinate)]
    [InlineData("De partij, die vier jaar geleden de grootste werd, verloor zwaar.", "vier jaar geleden", DateRole.Subordinate)]
    [InlineData("Als de Kamer volgende week instemt, gaat de wet op 1 juli in.", "volgende week", DateRole.Subordinate)]
    [InlineData("De provincie kocht grond om in 2030 een nieuw natuurgebied te openen.", "2030", DateRole.Subordinate)]
    // Quoted words speak of their own time.
    [InlineData("De wethouder zei: \u201CWe beginnen maandag met de sloop.\u201D", "maandag", DateRole.Quoted)]
    // Dates of what is referred to.
    [InlineData("Het protest van 1 oktober richtte zich tegen de politiek.", "1 oktober", DateRole.Referred)]
    [InlineData("De regels stammen uit afspraken uit 1991 tussen de landen.", "1991", DateRole.Referred)]
    [InlineData("Het Verdrag van Maastricht (1992) regelt de munt.", "1992", DateRole.Referred)]
    [InlineData("Ze zijn bezorgd over de oprichting vorig jaar van de alliantie.", "vorig jaar", DateRole.Referred)]
    // Ranges and deadlines bound a period.
    [InlineData("Het fonds heeft tot 2030 drie miljard euro gereserveerd.", "2030", DateRole.Range)]
    [InlineData("Sinds 2015 daalt het aantal leden van de vakbond.", "2015", DateRole.Range)]
    [InlineData("Voor 1 juli moeten de provincies hun plannen indienen.", "1 juli", DateRole.Range)]
    // ... also through the noun they bound: the clause lies before or after the deadline or vote, not on it
    [InlineData("De bonden hebben een cao gesloten, kort voor de deadline op 1 maart.", "1 maart", DateRole.Range)]
    [InlineData("Na de stemming op 14 juni stapte de wethouder op.", "14 juni", DateRole.Range)]
    [InlineData("De staking begon, kort na de ontslagronde van 3 mei, in de haven.", "3 mei", DateRole.Range)]
    // ... only where the phrase stands apart: inside the clause the date may be the clause's own
    [InlineData("De raad zal zo snel mogelijk na het advies op 20 november stemmen.", "20 november", DateRole.Governing)]
    // ... but a time noun is the date's own period (`na de zomer op 1 oktober` does not occur; `in de week van`)
    [InlineData("De raad stemde in de week van 12 mei over het plan.", "12 mei", DateRole.Governing)]
    [InlineData("Het kabinet besloot op 3 mei tot de sluiting.", "3 mei", DateRole.Governing)]
    // A time of day is a detail of the day's event.
    [InlineData("Volgens de ANWB stond er om 8.35 uur ruim 900 kilometer file.", "om 8.35 uur", DateRole.ClockTime)]
    public void Decides_what_a_date_does(string sentence, string date, DateRole role) => Assert.Equal(role, RoleOf(sentence, date));

    [Fact]
    public void Both_dates_of_a_range_bound_it()
    {
        const string s = "Tussen 2015 en 2020 registreerde de politie ruim vijfhonderd aangiftes.";
        Assert.Equal(DateRole.Range, RoleOf(s, "2015", "2020"));
        Assert.Equal(DateRole.Range, RoleOf(s, "2020", "2015"));
    }

    [Theory]
    // What would or should have happened, or what a main clause doubts or plans, is no happening, whatever its date.
    [InlineData("Het was de bedoeling dat de veerdienst in maart 2023 zou stoppen.")]
    [InlineData("Het is onwaarschijnlijk dat de nieuwe brug in maart 2023 opengaat.")]
    [InlineData("Eigenlijk zou de veerdienst in maart 2023 stoppen.")]
    public void Plans_and_doubts_make_no_event(string sentence)
    {
        var article = HandMade.Article("p", "De gemeente presenteert haar begroting.\n\n" + sentence, "2023-06-01", ("maart 2023", "2023-03"));
        Assert.DoesNotContain(EventExtractor.Create("nl").Extract(article).Events, e => e.Event.Date == "2023-03");
    }

    [Fact]
    public void A_date_of_a_subordinate_clause_does_not_date_the_report_but_reports_its_own_happening()
    {
        var article = HandMade.Article("b", "De raad stemde in met het plan.\n\nDe wethouder betoogt dat de gemeente zich houdt aan afspraken die de provincie in 1998 maakte.",
            "2023-05-12", ("1998", "1998"));
        var events = EventExtractor.Create("nl").Extract(article).Events.Select(e => e.Event).ToList();
        var background = Assert.Single(events, e => e.Date == "1998");
        Assert.Equal("De provincie maakte afspraken.", background.Text);
        Assert.DoesNotContain(events, e => e.Text.StartsWith("De wethouder", StringComparison.Ordinal));
    }
}
