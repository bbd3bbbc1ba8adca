using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;
using Xunit;

namespace SiteGen.Tests.Events;

public class EventExtractorTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create("nl");

    private static readonly SiteGen.Timeline.TimelineBuilder OddBuilder = new(TemporalTagger.Create("nl"));

    private static IReadOnlyList<ArticleEvent> Events(Article article) =>
        [.. Extractor.Extract(article).Events.Select(e => e.Event)];

    [Fact]
    public void Headline_takes_the_date_it_happened_from_the_lead_not_the_publication_date()
    {
        var article = HandMade.Article("003", " date 2022-03 Rusland heeft China gevraagd om militaire steun, zo meldden media als de Financial Times zondag, op basis van bronnen. China ontkent.\n\nSullivan ontmoet maandag in Rome de Chinese veiligheidsadviseur Yang Jiechi.",
            "2022-03-14", ("zondag", "2022-03-13"), ("maandag", "2022-03-14"));
        var events = Events(article);
        var headline = events[0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2022-03-13", headline.Date);
        Assert.Equal("Rusland heeft China gevraagd om militaire steun.", headline.Text);
        // The media that report it act too (`zo meldden … de Financial Times`).
        Assert.Equal(["rusland", "china", "financial-times"], headline.ActorIds);
        var rome = Assert.Single(events, e => !e.IsHeadline);
        Assert.Equal("2022-03-14", rome.Date);
        Assert.Equal(DatePrecision.Day, rome.Precision);
        Assert.Equal("Sullivan ontmoet in Rome de Chinese veiligheidsadviseur Yang Jiechi.", rome.Text);
        Assert.Contains("sullivan", rome.ActorIds);
        Assert.Contains("yang-jiechi", rome.ActorIds);
        Assert.Equal("maandag", article.Source.Text[rome.TimexStart..rome.TimexEnd]);
    }

    [Theory]
    [InlineData("2019-10", "2019-10", DayOfWeek.Wednesday)]
    [InlineData("2019-10-17", "2019-10-16", null)]
    public void A_report_dated_by_a_weekday_only_to_its_month_keeps_the_weekday(string dct, string value, DayOfWeek? weekday)
    {
        // In an article dated only by its month, `woensdag` resolves to the month; the report is still of a Wednesday,
        // which keeps it out of the item of a protest on another day of that month. A day's weekday is its own.
        var article = HandMade.Article("boer", "Het Binnenhof is woensdag omsingeld door honderden trekkers van boze melkveehouders.", dct, ("woensdag", value));
        var report = Assert.Single(Extractor.Extract(article).Events);
        Assert.Equal(value, report.Event.Date);
        Assert.Equal(weekday, report.Weekday);
    }

    [Fact]
    public void An_attribution_set_apart_as_the_next_paragraph_still_dates_and_holds_the_report()
    {
        const string text = "Gemeenten krijgen 40 miljoen euro extra voor de opvang van asielzoekers.\n\nDat heeft de minister dinsdag bekendgemaakt na de ministerraad.";
        var a = HandMade.Article("p", text, "2023-05-12", ("dinsdag", "2023-05-09"));
        var headline = Assert.Single(Extractor.Extract(a).Events, e => e.Event.IsHeadline).Event;
        Assert.Equal("2023-05-09", headline.Date);
        Assert.Equal(text.Length, headline.SentenceEnd);
    }

    [Fact]
    public void An_attribution_in_the_next_paragraph_does_not_date_a_sentence_that_leans_on_the_one_before()
    {
        // `Dat schrijft de minister vrijdag` covers the paragraph before it, whose report is its first sentence; the
        // consequence `Daardoor gaat … omlaag` makes no report of its own.
        var a = HandMade.Article("c", "Het kabinet neemt de adviezen van de commissie over. Daardoor gaat bij natuurgebieden de maximumsnelheid omlaag.\n\n"
            + "Dat schrijft de minister vrijdag aan de Tweede Kamer.", "2019-10", ("vrijdag", "2019-10"));
        Assert.DoesNotContain(Extractor.Extract(a).Events, e => e.Event.Text.Contains("maximumsnelheid", StringComparison.Ordinal));
    }

    [Theory]
    // `vorige week` from a month: the tagger can say only the year; the report lies within a fortnight of the month.
    [InlineData("2019-10", "vorige week", "2019", "2019-09-17", "2019-11-15")]
    [InlineData("2019-12", "deze week", "2019", "2019-11-17", "2020-01-01")]
    // Not from a day, not weeks further off (`drie weken geleden`), not a year of its own.
    [InlineData("2019-10-17", "vorige week", "2019-W41", null, null)]
    [InlineData("2019-10", "drie weken geleden", "2019", null, null)]
    [InlineData("2019-10", "dit jaar", "2019", null, null)]
    // A round count back of a month or more is good to a twentieth of its days; a few days back is exact.
    [InlineData("2016-10-02", "honderd dagen geleden", "2016-06-24", "2016-06-19", "2016-06-30")]
    [InlineData("2016-10-02", "drie dagen geleden", "2016-09-29", null, null)]
    public void A_week_expression_placed_only_in_its_year_keeps_the_weeks_it_can_lie_in(string dct, string expression, string value, string? from, string? to)
    {
        var article = HandMade.Article("w", $"De commissie adviseerde het kabinet {expression} de veestapel te halveren.", dct, (expression, value));
        var report = Assert.Single(Extractor.Extract(article).Events);
        Assert.Equal(value, report.Event.Date);
        // A week's window is a stretch of months; a round count's, days around its day.
        var precision = expression.EndsWith("geleden", StringComparison.Ordinal) ? DatePrecision.Day : DatePrecision.Month;
        var expected = from is null ? (TimexPeriod?)null : new TimexPeriod(DateOnly.Parse(from), DateOnly.Parse(to!), precision);
        Assert.Equal(expected, report.Window);
    }

    [Fact]
    public void The_headline_is_the_leads_report_not_the_title_dated_from_the_document_date()
    {
        // The old extractor took a title with a verb (`Poetin bezoekt China`); a title is as often a teaser, and the
        // lead is what the sources of the article say.
        const string title = "Poetin bezoekt China: 'Warm'";
        var article = HandMade.Article("004", title + "\n\nDe Russische president Poetin is aangekomen in China voor een tweedaags staatsbezoek.",
            "2024-05-16T09:34", title);
        var headline = Events(article)[0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("De Russische president Poetin is aangekomen in China voor een tweedaags staatsbezoek.", headline.Text);
        Assert.Equal("2024-05-16", headline.Date);
        Assert.Equal(DatePrecision.Day, headline.Precision);
        Assert.Equal(-1, headline.TimexStart);
    }

    [Fact]
    public void A_title_without_a_verb_gives_way_to_the_lead()
    {
        const string title = "China en Rusland: geen uitbreiding NAVO";
        var article = HandMade.Article("000", title + "\n\nIn een gezamenlijke verklaring hebben China en Rusland zich uitgesproken tegen uitbreiding van de NAVO. Poetin is in Beijing.",
            "2022-02-04T15:36", title);
        var headline = Events(article)[0];
        Assert.Equal("In een gezamenlijke verklaring hebben China en Rusland zich uitgesproken tegen uitbreiding van de NAVO.", headline.Text);
        Assert.Equal("2022-02-04", headline.Date);
    }

    [Fact]
    public void A_lead_that_states_a_target_is_dated_when_it_was_said_and_keeps_the_target_in_its_text()
    {
        // The news is the advice of the day; 2035 is what it aims at, not when anything happened.
        var article = HandMade.Article("adv", "De provincie moet volgens de commissie pas in 2035 de helft van de weilanden vernatten. Dat staat in het advies dat de commissie dinsdag uitbracht.",
            "2023-04-12", ("2035", "2035"), ("dinsdag", "2023-04-11"));
        var headline = Events(article)[0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2023-04-12", headline.Date);
        Assert.Equal(-1, headline.TimexStart);
        Assert.Contains("2035", headline.Text);
        Assert.DoesNotContain(Events(article), e => e.Date == "2035");

        // A plan in the present tense, dated by a later year, is news of the day too.
        var plan = HandMade.Article("plan", "Het kabinet schrapt in 2026 de subsidie voor nieuwe stallen.", "2024-03-01", ("in 2026", "2026"));
        Assert.Equal("2024-03-01", Events(plan)[0].Date);
        Assert.Contains("2026", Events(plan)[0].Text);

        // A day the modal verb schedules within the month stays the headline's date (`zal op 20 april …`).
        var scheduled = HandMade.Article("sch", "Het agentschap zal op 20 april verhuizen naar Amsterdam.", "2023-04-12", ("op 20 april", "2023-04-20"));
        Assert.Equal("2023-04-20", Events(scheduled)[0].Date);
    }

    [Fact]
    public void A_lead_in_the_past_tense_is_not_dated_after_its_publication()
    {
        // The confirmation happened before the article; 1 maart is what was confirmed, not when.
        var confirmed = HandMade.Article("conf", "De fabriek in Tiel sluit op 1 maart 2025 haar deuren, bevestigde de directie op een bijeenkomst met het personeel.",
            "2024-10", ("1 maart 2025", "2025-03-01"));
        var headline = Events(confirmed)[0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2024-10", headline.Date);
        Assert.Equal(-1, headline.TimexStart);
        Assert.Contains("1 maart 2025", headline.Text);

        // Without the past form the day is a scheduled happening and stays the headline's date.
        var scheduled = HandMade.Article("sched", "De fabriek in Tiel sluit op 1 maart 2025 haar deuren.", "2024-10", ("1 maart 2025", "2025-03-01"));
        Assert.Equal("2025-03-01", Events(scheduled)[0].Date);

        // A past form with a date inside the publication's month keeps that date.
        var reported = HandMade.Article("rep", "De directie bevestigde op 14 oktober dat de fabriek sluit.", "2024-10", ("14 oktober", "2024-10-14"));
        Assert.Equal("2024-10-14", Events(reported)[0].Date);
    }

    [Fact]
    public void A_lead_dated_after_publication_is_the_news_of_the_day_its_attribution_made_it_known()
    {
        var told = HandMade.Article("told", "De veerdienst naar het eiland stopt per 1 oktober. Dat heeft de gedeputeerde vanmiddag bekendgemaakt.\n\nDe provincie zoekt een nieuwe vervoerder.",
            "2023-06-14", ("per 1 oktober", "2023-10-01"), ("vanmiddag", "2023-06-14"));
        var headline = Events(told)[0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2023-06-14", headline.Date);
        Assert.Contains("per 1 oktober", headline.Text);

        // Without an attribution the day is a scheduled happening and stays the headline's date.
        var scheduled = HandMade.Article("sched2", "De veerdienst naar het eiland stopt per 1 oktober.\n\nDe provincie zoekt een nieuwe vervoerder.",
            "2023-06-14", ("per 1 oktober", "2023-10-01"));
        Assert.Equal("2023-10-01", Events(scheduled)[0].Date);
    }

    [Fact]
    public void A_year_ahead_is_a_target_or_plan_in_a_report_of_what_was_done_and_in_a_present_passive()
    {
        var article = HandMade.Article("plan2", "De gemeenteraad stemde dinsdag in met de nieuwe begroting.\n\nIn een later stadium besloot het college de bibliotheek af te bouwen, naar nul rond 2030. De oude panden worden volgend jaar gesloten. De nieuwe vestiging opent op 3 maart 2024. De burgemeesters spraken af elkaar begin februari volgend jaar te zien in Gent.",
            "2023-06-14", ("dinsdag", "2023-06-13"), ("rond 2030", "2030"), ("volgend jaar", "2024"), ("3 maart 2024", "2024-03-03"), ("begin februari volgend jaar", "2024-02"));
        var events = Events(article);
        Assert.DoesNotContain(events, e => e.Date == "2030");
        Assert.DoesNotContain(events, e => e.Date == "2024");
        // A day ahead is scheduled, and a month ahead agreed in the past is an appointment: both stay.
        Assert.Contains(events, e => e.Date == "2024-03-03");
        Assert.Contains(events, e => e.Date == "2024-02");
    }

    [Fact]
    public void Durations_and_vague_references_make_no_events()
    {
        var article = HandMade.Article("x", "Poetin en Xi spraken elkaar woensdag via een videolink.\n\nDe banden werden enkele weken geleden bevestigd in Peking. Het Westen spreekt al enkele weken krasse taal tegen Moskou. Het staatshoofd telefoneerde de afgelopen dagen met Biden.",
            "2021-12", ("woensdag", "2021-12"), ("enkele weken geleden", "PAST_REF"), ("enkele weken", "PXW"), ("de afgelopen dagen", "PXD"));
        var events = Events(article);
        Assert.Single(events);
        Assert.True(events[0].IsHeadline);
        Assert.Equal("2021-12", events[0].Date);
    }

    [Fact]
    public void A_plan_is_marked_planned_and_a_continuing_sentence_adds_its_actors()
    {
        var article = HandMade.Article("002", "Poetin en Xi spraken elkaar woensdag via een videolink.\n\nDe twee wereldleiders spraken af elkaar begin februari volgend jaar rendez-vous te geven in Peking. Poetin reist dan naar China voor de openingsceremonie.",
            "2021-12", ("woensdag", "2021-12"), ("begin februari volgend jaar", "2022-02"));
        var plan = Assert.Single(Events(article), e => !e.IsHeadline);
        Assert.Equal("2022-02", plan.Date);
        Assert.Equal(TimexMod.Start, plan.Mod);
        Assert.True(plan.Planned);
        Assert.Contains("poetin", plan.ActorIds);
        Assert.Equal("De twee wereldleiders spreken af elkaar rendez-vous te geven in Peking.", plan.Text);
    }

    [Fact]
    public void Past_events_are_not_planned_even_with_plan_words()
    {
        var article = HandMade.Article("004", "Poetin is aangekomen in China.\n\nDe twee landen kwamen in 2022 een partnerschap overeen waarmee ze het Westen willen weerstaan.",
            "2024-05-16", ("2022", "2022"));
        var past = Assert.Single(Events(article), e => !e.IsHeadline);
        Assert.False(past.Planned);
        Assert.Equal("De twee landen komen een partnerschap overeen.", past.Text);
    }

    [Fact]
    public void Dates_equal_to_the_headline_day_belong_to_the_headline()
    {
        var article = HandMade.Article("004", "Poetin is vandaag aangekomen in China.\n\nIn de ontmoeting vandaag haalden Poetin en Xi het partnerschap aan. Vorige week werd Poetin beëdigd als president.",
            "2024-05-16", ("vandaag", "2024-05-16"), ("vandaag", "2024-05-16"), ("Vorige week", "2024-W19"));
        var events = Events(article);
        Assert.Equal(2, events.Count);
        Assert.Equal("2024-W19", events[1].Date);
        Assert.Equal(DatePrecision.Week, events[1].Precision);
        Assert.Equal("Poetin wordt beëdigd als president.", events[1].Text);
    }

    [Fact]
    public void Dates_resting_on_an_estimated_document_date_are_estimated()
    {
        var a = HandMade.Article("e", "Poetin is aangekomen in China.\n\nVorig jaar stelde Peking een vredesplan voor. Xi reisde in maart 2023 naar Moskou.",
            null, ("Vorig jaar", "2023"), ("maart 2023", "2023-03"));
        a = a with { Temporal = a.Temporal with { DocumentDate = new DocumentDate("2024", true, "inferred") } };
        var events = Events(a);
        Assert.True(events.Single(e => e.Date == "2023").Estimated);
        Assert.False(events.Single(e => e.Date == "2023-03").Estimated);
        Assert.True(events[0].Estimated);
    }

    [Fact]
    public void Markdown_links_and_emphasis_leave_plain_event_text()
    {
        var a = HandMade.Article("md", "Poetin is aangekomen in China.\n\nXi reisde in maart 2023 naar **Moskou** voor een [top](https://example.org/top).",
            "2024-05-16", ("maart 2023", "2023-03"));
        a = a with { Format = SiteGen.Loading.ArticleFormat.Markdown };
        Assert.Equal("Xi reist naar Moskou voor een top.", Events(a)[1].Text);
    }

    [Fact]
    public void A_sentence_continues_an_event_only_within_its_paragraph()
    {
        var a = HandMade.Article("004", "Poetin is aangekomen in China.\n\nDe president werd vorige week opnieuw beëdigd.\n\nPoetin en Xi hebben elkaar meer dan 40 keer ontmoet.",
            "2024-05-16", ("vorige week", "2024-W19"));
        Assert.Empty(Events(a)[1].ActorIds);
    }

    [Fact]
    public void An_event_naming_no_one_takes_the_actors_of_the_sentence_before_it()
    {
        var a = HandMade.Article("004", "Poetin is aangekomen in China.\n\nPoetin en Xi hebben elkaar vaak ontmoet. De twee landen kwamen in 2022 een partnerschap overeen.",
            "2024-05-16", ("2022", "2022"));
        Assert.Equal(["poetin", "xi-jinping"], Events(a)[1].ActorIds);
    }

    [Theory]
    // A thing described by its relative clause: background, not the news.
    [InlineData("Van de acht fabrieken die in 2018 werden gesloten staat er nu nog één leeg.", "in 2018", "2018", false)]
    [InlineData("Na de overstroming, die ruim een jaar geleden begon, ging de dijk dicht.", "ruim een jaar geleden", "2022", false)]
    [InlineData("De minister leest het rapport, dat op donderdag wordt gepubliceerd.", "op donderdag", "2023-11-16", false)]
    // Someone acts in it: the noun is a person or a name, or the clause names one.
    [InlineData("De kritiek raakt de wethouder, die vorig jaar nog de begroting rond kreeg.", "vorig jaar", "2022", true)]
    [InlineData("De kritiek raakt de PvdA'er, die vorig jaar nog de begroting rond kreeg.", "vorig jaar", "2022", true)]
    [InlineData("Het verwijt treft Jansen, die vorig jaar nog de begroting rond kreeg.", "vorig jaar", "2022", true)]
    [InlineData("Het gaat om afspraken die Rijkswaterstaat in 2018 maakte.", "in 2018", "2018", true)]
    public void A_relative_clause_reports_a_happening_only_when_someone_acts_in_it(string sentence, string date, string value, bool reported)
        => Assert.Equal(reported, ReportedAfterLead(sentence, date, value));

    [Theory]
    // The sentence opens with a condition: its main clause says what follows if it holds, not what happened.
    // (The year is that of publication: a report in the past dated by a later year reads as a target, see
    // A_year_ahead_is_a_target_or_plan_in_a_report_of_what_was_done_and_in_a_present_passive.)
    [InlineData("Als de raad het voorstel aanneemt, opent de gemeente in 2023 een nieuw zwembad.", false)]
    [InlineData("Stemt de raad tegen, dan sluit de gemeente in 2023 het oude zwembad.", false)]
    [InlineData("Na lang overleg opende de gemeente in 2023 een nieuw zwembad.", true)]
    public void A_sentence_that_opens_with_a_condition_reports_no_happening(string sentence, bool reported)
        => Assert.Equal(reported, ReportedAfterLead(sentence, "in 2023", "2023"));

    [Theory]
    // What should or could have happened (`had … moeten`) did not happen, what only seemed so is not reported as
    // done; what had happened before did.
    [InlineData("De gemeente had de gegevens in 2019 al moeten verwijderen.", false)]
    [InlineData("De relatie tussen de twee wethouders leek in 2019 behoorlijk verstoord.", false)]
    [InlineData("De raadsleden hadden de subsidie in 2019 kunnen stopzetten, maar deden het niet.", false)]
    [InlineData("De gemeente had de gegevens in 2019 al verwijderd.", true)]
    public void What_should_have_happened_or_only_seemed_so_reports_no_happening(string sentence, bool reported)
        => Assert.Equal(reported, ReportedAfterLead(sentence, "in 2019", "2019"));

    [Theory]
    // What is said is a state, not a happening: neither the saying (undated) nor the clause reports one.
    [InlineData("De wethouder zei dat dinsdag de startdatum is van een lange verbouwing.", false)]
    [InlineData("Op dinsdag is de wethouder van een andere mening.", false)]
    [InlineData("De wethouder zei dat de raad dinsdag het plan aannam.", true)]
    [InlineData("Op dinsdag is de wethouder afgetreden.", true)]
    public void A_clause_that_only_says_how_things_are_reports_no_happening(string sentence, bool reported)
        => Assert.Equal(reported, ReportedAfterLead(sentence, "dinsdag", "2023-11-07"));

    [Theory]
    // A date guessed at (`mogelijk op`) is a forecast, even for `zal`; a day announced without a hedge is scheduled.
    [InlineData("De raad zal mogelijk op 20 november over het plan stemmen.", "20 november", "2023-11-20", false)]
    [InlineData("De raad vergadert waarschijnlijk op 20 november over het plan.", "20 november", "2023-11-20", false)]
    [InlineData("De raad zal zo snel mogelijk na het advies op 20 november over het plan stemmen.", "20 november", "2023-11-20", true)]
    [InlineData("De raad zal op 20 november over het plan stemmen.", "20 november", "2023-11-20", true)]
    // A promise or threat is no happening for its date after publication; a past one is reported.
    [InlineData("Het college beloofde in 2024 een besluit te nemen over het zwembad.", "in 2024", "2024", false)]
    [InlineData("De bewoners dreigen in 2024 naar de rechter te stappen.", "in 2024", "2024", false)]
    [InlineData("Het college beloofde in 2022 een nieuw zwembad aan de bewoners.", "in 2022", "2022", true)]
    // `komt … te staan`: where something will be, not what happened.
    [InlineData("Het nieuwe stadhuis komt in 2025 aan de Markt te staan.", "in 2025", "2025", false)]
    [InlineData("De oud-burgemeester kwam in 2022 te overlijden.", "in 2022", "2022", true)]
    // A present clause of what someone said, dated after publication by a month or year, is a plan as a main clause is.
    [InlineData("De wethouder zei dat de gemeente in 2025 het oude zwembad sluit.", "in 2025", "2025", false)]
    [InlineData("De wethouder zei dat de gemeente in 2022 het oude zwembad sloot.", "in 2022", "2022", true)]
    // What someone said is only how things are.
    [InlineData("De wethouder zei op 10 november klaar te zijn voor de verhuizing van het archief.", "10 november", "2023-11-10", false)]
    [InlineData("De wethouder zei op 10 november de verhuizing van het archief te hebben geregeld.", "10 november", "2023-11-10", true)]
    public void A_forecast_a_promise_a_state_to_come_or_a_stated_state_reports_no_happening(string sentence, string date, string value, bool reported)
        => Assert.Equal(reported, ReportedAfterLead(sentence, date, value));

    // The sentence after a lead of its own, in an article of 14 November 2023: does it report an event on the date?
    private static bool ReportedAfterLead(string sentence, string date, string value) =>
        Events(HandMade.Article("body", "De gemeente maakt de plannen bekend.\n\n" + sentence, "2023-11-14", (date, value)))
            .Any(e => !e.IsHeadline && e.Date == value);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Lees ook: meer nieuws")]
    [InlineData("''")]
    [InlineData("Een zin zonder datum maar met Poetin.")]
    public void Odd_articles_give_no_events_and_no_errors(string text)
    {
        Assert.Empty(Extractor.Extract(HandMade.Article("odd", text, null, "Titel")).Events);
        Assert.Empty(OddBuilder.Build([HandMade.Article("odd", text, null)]).Timeline.Items);
    }

    [Fact]
    public void A_present_tense_or_expected_sentence_dated_after_publication_by_month_or_year_is_a_plan()
    {
        var a = HandMade.Article("plan", "Het college van Delft presenteert een proef met betaald parkeren. Er volgt in juni een evaluatie van de proef. "
            + "De gemeenteraad stemt dinsdag over het plan. Het college besloot in januari tot de proef. De proef begint naar verwachting op 1 mei. "
            + "Op 1 september stopt de proef.",
            "2023-03-10", ("in juni", "2023-06"), ("dinsdag", "2023-03-14"), ("in januari", "2023-01"), ("1 mei", "2023-05-01"), ("1 september", "2023-09-01"));
        var events = Extractor.Extract(a).Events.Select(e => e.Event).ToList();
        Assert.DoesNotContain(events, e => e.Text.Contains("evaluatie", StringComparison.Ordinal));
        // `naar verwachting` forecasts like `zal`.
        Assert.DoesNotContain(events, e => e.Date == "2023-05-01");
        // A day is a scheduled happening, however far ahead: kept, and marked planned.
        Assert.Contains(events, e => e.Date == "2023-09-01" && e.Planned);
        Assert.Contains(events, e => e.Date == "2023-03-14" && e.Text.Contains("stemt", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Date == "2023-01" && e.Text.Contains("proef", StringComparison.Ordinal));
    }
}
