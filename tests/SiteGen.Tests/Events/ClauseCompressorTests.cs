using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class ClauseCompressorTests
{
    private static readonly ClauseCompressor Compressor = new(EventLexicon.For("nl"));

    private static string Compress(string sentence, string? date = null)
    {
        if (date is null) return Compressor.Compress(sentence);
        var at = sentence.IndexOf(date, StringComparison.Ordinal);
        return Compressor.Compress(sentence, at, at + date.Length);
    }

    [Fact]
    public void Drops_a_tail_attribution_with_the_date_inside_it()
    {
        var s = "Rusland heeft China gevraagd om militaire steun, zo meldden internationaal gerespecteerde media zondag, op basis van anonieme bronnen.";
        Assert.Equal("Rusland heeft China gevraagd om militaire steun.", Compress(s, "zondag"));
    }

    [Theory]
    [InlineData("Het waterschap sloot de dijk af voor verkeer, ZO MELDDE de omroep.")]
    [InlineData("Het waterschap sloot de dijk af voor verkeer, Zo Meldde de omroep.")]
    public void A_tail_attribution_is_found_whatever_its_case(string sentence) =>
        Assert.Equal("Het waterschap sluit de dijk af voor verkeer.", Compress(sentence));

    [Fact]
    public void A_text_without_an_attribution_keeps_its_tail() =>
        Assert.Contains("zo snel", Compress("Het waterschap sloot de dijk af voor verkeer, zo snel als het kon."));

    [Fact]
    public void Drops_aldus_after_a_quote()
    {
        Assert.Equal("'Er is een stap vooruit gezet in de gassector'.", Compress("'Er is een stap vooruit gezet in de gassector', aldus Poetin."));
    }

    [Fact]
    public void Drops_the_date_with_its_preposition_and_puts_the_verb_in_the_present()
    {
        Assert.Equal("Poetin gaat naar Peking voor een Nieuwe Zijderoute-conferentie.",
            Compress("Poetin ging in oktober naar Peking voor een Nieuwe Zijderoute-conferentie.", "oktober"));
    }

    [Fact]
    public void An_opening_date_stays_written_out_when_no_subject_can_take_its_place()
    {
        // `al` after the verb is no subject: rather the date than `Is al op een aantal wegen …`.
        Assert.Equal("Vanaf 13 maart 2020 is al op een aantal wegen de nieuwe snelheid van kracht.",
            Compressor.Compress("Vanaf vrijdag is al op een aantal wegen de nieuwe snelheid van kracht.",
                new DateInText(6, 13, "2020-03-13", SiteGen.Temporal.TimexMod.None), []));
    }

    [Fact]
    public void A_day_known_only_to_its_month_is_not_written_out_as_the_month()
    {
        // The article is dated only to September: `vrijdagavond` is somewhere in it, and `september 2022` would say
        // something else. A day that is known is written out, with the article before it.
        const string s = "Met ingang van vrijdagavond hoeft niemand meer buiten te slapen bij het aanmeldcentrum.";
        var at = s.IndexOf("vrijdagavond", StringComparison.Ordinal);
        Assert.Equal(s, Compressor.Compress(s, new DateInText(at, at + 12, "2022-09", SiteGen.Temporal.TimexMod.None), []));
        const string copula = "De gewone stemming is donderdagavond.";
        var evening = copula.IndexOf("donderdagavond", StringComparison.Ordinal);
        Assert.Equal(copula, Compressor.Compress(copula, new DateInText(evening, evening + 14, "2021-09", SiteGen.Temporal.TimexMod.None), []));
        const string t = "De afgelopen nacht brachten nog driehonderd mensen de nacht buiten door.";
        var from = t.IndexOf("afgelopen", StringComparison.Ordinal);
        Assert.Equal("Op 8 september 2022 brengen nog driehonderd mensen de nacht buiten door.",
            Compressor.Compress(t, new DateInText(from, from + 15, "2022-09-08TNI", SiteGen.Temporal.TimexMod.None), []));
    }

    [Fact]
    public void Other_relative_dates_are_written_out_and_deictic_words_leave()
    {
        var s = "De gemeente bevestigde dinsdag het plan dat vorig jaar nog werd gepresenteerd en zoekt nu een nieuwe locatie.";
        var dinsdag = s.IndexOf("dinsdag", StringComparison.Ordinal);
        var vorig = s.IndexOf("vorig jaar", StringComparison.Ordinal);
        var text = Compressor.Compress(s, new DateInText(dinsdag, dinsdag + 7, "2023-05-16", SiteGen.Temporal.TimexMod.None),
            [new DateInText(vorig, vorig + 10, "2022", SiteGen.Temporal.TimexMod.None)]);
        Assert.Equal("De gemeente bevestigt het plan dat in 2022 nog werd gepresenteerd en zoekt een nieuwe locatie.", text);
    }

    [Theory]
    [InlineData("Momenteel onderzoekt de politie de brand in de loods.", "De politie onderzoekt de brand in de loods.")]
    [InlineData("De fabriek sloot in maart, maar inmiddels draait de productie weer op volle kracht.",
        "De fabriek sluit in maart, maar de productie draait weer op volle kracht.")]
    [InlineData("De Britten zijn al uit de EU gestapt, maar momenteel is er nog sprake van een overgangstermijn.",
        "De Britten zijn al uit de EU gestapt, maar er is nog sprake van een overgangstermijn.")]
    [InlineData("Inmiddels heeft burgemeester Femke Halsema de noodverordening ingetrokken.",
        "Burgemeester Femke Halsema heeft de noodverordening ingetrokken.")]
    public void A_deictic_word_in_first_position_leaves_with_the_subject_put_before_the_verb(string sentence, string expected) =>
        Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("Al vroeg in de nacht van maandag op dinsdag trokken de eerste boeren richting Den Haag.", "vroeg in de nacht van maandag op dinsdag",
        "De eerste boeren trokken richting Den Haag.")]
    [InlineData("Pas in 2024 sloot de gemeente het zwembad aan de Dorpsstraat.", "2024", "De gemeente sluit het zwembad aan de Dorpsstraat.")]
    public void A_focus_particle_before_an_opening_date_leaves_with_it(string sentence, string date, string expected) =>
        Assert.Equal(expected, Compress(sentence, date));

    [Theory]
    // A word that ties the sentence to the one before it says nothing on a timeline.
    [InlineData("Zo maakte de wethouder het einde van de markt bekend.", "De wethouder maakte het einde van de markt bekend.")]
    [InlineData("Daarmee is de coalitie in de gemeenteraad gevallen.", "De coalitie is in de gemeenteraad gevallen.")]
    [InlineData("Daarop besloot het waterschap de dijk te versterken.", "Het waterschap besluit de dijk te versterken.")]
    // Not in first position, or not before the finite verb, it stays: `zo` is no opener there.
    [InlineData("De wethouder maakte het zo snel mogelijk bekend.", "De wethouder maakte het zo snel mogelijk bekend.")]
    [InlineData("Zo'n twintig boeren blokkeerden de weg naar het provinciehuis.", "Zo'n twintig boeren blokkeerden de weg naar het provinciehuis.")]
    public void A_word_that_ties_the_sentence_to_the_one_before_leaves_with_the_subject_put_before_the_verb(string sentence, string expected) =>
        Assert.Equal(expected, Compress(sentence));

    [Fact]
    public void A_deictic_word_before_a_subject_that_cannot_be_told_stays_rather_than_flip_the_order() =>
        // `nu` after `maar`, then a verb and no subject the rules can read: better the word than `maar moet … worden`.
        Assert.Contains(", maar nu moet worden gewacht.", Compress("Het plan lag klaar, maar nu moet worden gewacht."));

    [Fact]
    public void Never_cuts_inside_brackets_or_before_the_main_verb()
    {
        var s = "Het college van burgemeester en wethouders heeft maandag besloten de subsidie voor de muziekschool (die in 2021 nog werd verhoogd, na veel protest van ouders) te schrappen.";
        var text = Compress(s, "maandag");
        Assert.Equal(text.Count(c => c == '('), text.Count(c => c == ')'));
        Assert.StartsWith("Het college van burgemeester en wethouders heeft besloten", text);
        // `X (…) en Y (…) hebben …`: the comma in the brackets is no place to end, nor any place before `hebben`.
        var two = Compress("Wethouders Marieke van Dongen (Financiën, Wonen en Ruimtelijke Ordening, GroenLinks) en Pieter de Bruin (Sport, Cultuur en Onderwijs, VVD) hebben donderdag het bestemmingsplan voor het havengebied gepresenteerd.", "donderdag");
        Assert.Equal(two.Count(c => c == '('), two.Count(c => c == ')'));
        Assert.EndsWith("…", two);
    }

    [Fact]
    public void A_long_list_is_not_cut_at_a_comma_that_parts_the_auxiliary_from_its_participle()
    {
        // Cut at a comma of the list, the text would read `zijn … wethouders, ambtenaren.`: a sentence with no verb of its own.
        var text = Compress("Vorige maand zijn dagenlang bewoners, ondernemers, wethouders, ambtenaren, deskundigen, oud-burgemeesters en medewerkers van de provincie en het waterschap onder ede gehoord.");
        Assert.True(text.EndsWith("gehoord.", StringComparison.Ordinal) || text.EndsWith('…'), text);
    }

    [Fact]
    public void Does_not_cut_where_a_clause_opened_mid_sentence_closes()
    {
        var s = "Tot nu toe zijn ongeveer driehonderd vissers die in de Noordzee op tong en schol vissen, bereid om hun schip te laten slopen in ruil voor een vergoeding van de overheid.";
        Assert.Contains("bereid", Compress(s));
    }

    [Fact]
    public void A_bare_quote_s_speaker_is_the_subject_without_what_follows_it() =>
        Assert.Equal("Hij zegt: “Ik had het niet zien aankomen”.",
            Compress("“Ik had het niet zien aankomen”, zei hij tijdens zijn eerste persconferentie in zijn nieuwe rol."));

    [Fact]
    public void Tot_nu_toe_leaves_whole() =>
        Assert.Equal("In het dorp vindt de zwaarste storm plaats.", Compress("In het dorp vond tot nu toe de zwaarste storm plaats."));

    [Fact]
    public void A_long_first_position_before_a_comma_leaves_and_the_subject_goes_first()
    {
        // The whole sentence is too long; cut at the comma before the verb it would have no verb at all.
        var s = "Na maanden van onderzoek, tientallen gesprekken met bewoners en het doorspitten van meer dan 40.000 pagina's aan documenten, komt de onderzoekscommissie van de provincie vandaag met haar conclusies.";
        Assert.Equal("De onderzoekscommissie van de provincie komt met haar conclusies.", Compress(s, "vandaag"));
    }

    [Fact]
    public void A_plural_noun_after_a_number_is_no_verb_to_cut_after() =>
        // `documenten` ends like a past plural (`melden`, `stemden`); after a number it is a noun, so the cut before the
        // real verb is no cut.
        Assert.DoesNotContain("documenten.", Compress("Het doorspitten van meer dan 600.000 documenten, dat maanden duurde en veel geld kostte aan externe juristen, leverde de commissie uiteindelijk weinig nieuws op over de rol van de ministers."));

    [Fact]
    public void In_a_long_text_an_apposition_after_a_name_leaves_rather_than_the_main_clause()
    {
        var s = "Met die woorden zette Anna de Vries (D66), voorzitter van de onderzoekscommissie naar de brand in de haven die volgende week begint, gisteren tijdens de eerste persbriefing de toon.";
        Assert.Equal("Met die woorden zette Anna de Vries (D66) tijdens de eerste persbriefing de toon.", Compress(s));
    }

    [Fact]
    public void A_name_that_spells_a_past_form_stays_a_name() =>
        // `Nam` and `NAM` are the company, not `nam` (took), which would become `neemt`.
        Assert.Equal("De gaskraan is in het kantoor van de Nederlandse Aardolie Maatschappij (NAM) dichtgedraaid.",
            Compress("De gaskraan is zondag in het kantoor van de Nederlandse Aardolie Maatschappij (NAM) dichtgedraaid.", "zondag"));

    [Fact]
    public void A_bare_quote_gets_its_speaker_in_front()
    {
        Assert.Equal("Woordvoerder Anna de Wit zegt: “Wij hebben nooit toestemming gegeven”.",
            Compress("“Wij hebben nooit toestemming gegeven”, zei woordvoerder Anna de Wit van het waterschap Rivierenland maandag tegen de regionale omroep.", "maandag"));
    }

    [Fact]
    public void Cuts_a_relative_clause_after_the_date()
    {
        Assert.Equal("Xi reist voor het laatst naar Moskou.",
            Compress("Xi reisde in maart 2023 voor het laatst naar Moskou, waar de twee elkaar aanspraken als \"dierbare vriend\".", "maart 2023"));
    }

    [Fact]
    public void Leaves_quoted_words_alone()
    {
        Assert.Equal("Poetin zegt: 'het was goed'.", Compress("Poetin zei: 'het was goed'."));
    }

    [Fact]
    public void A_long_text_ends_at_a_word_boundary_with_an_ellipsis_rather_than_start_mid_sentence()
    {
        // The old compressor started such texts at `en dinsdag`: `In Kiev met de Oekraïense president …`, no sentence.
        var s = "De Franse president Emmanuel Macron laat vrijdag weten dat hij maandag in Moskou een ontmoeting zal hebben met Vladimir Poetin en dinsdag in Kiev met de Oekraïense president Volodymyr Zelensky.";
        var text = Compress(s, "dinsdag");
        Assert.StartsWith("De Franse president Emmanuel Macron laat", text);
        Assert.EndsWith("…", text);
    }

    /// <summary>One row per wording rule: the sentence, the event's date in it, and the text it must give.</summary>
    [Theory]
    // A date that opens the sentence gives way to the subject, so the finite verb stays second.
    [InlineData("Vorig jaar stelde Peking een vredesplan van twaalf punten voor.", "Vorig jaar", "Peking stelt een vredesplan van twaalf punten voor.")]
    [InlineData("In 2024 besloot het college de subsidie voor het zwembad te schrappen.", "2024", "Het college besluit de subsidie voor het zwembad te schrappen.")]
    [InlineData("Op 3 maart ontmoetten de Russische president Vladimir Poetin en zijn minister Lavrov de delegatie in Minsk.", "3 maart",
        "De Russische president Vladimir Poetin en zijn minister Lavrov ontmoeten de delegatie in Minsk.")]
    // Only the event's own date leaves: the dates bounding `tussen … en …` are no adverbials, so no hole.
    [InlineData("Het waterschap registreerde tussen 2015 en 2020 ruim tweehonderd overstromingen.", null,
        "Het waterschap registreerde tussen 2015 en 2020 ruim tweehonderd overstromingen.")]
    // A time phrase leaves whole; a date between commas takes one comma with it.
    // The subject after the verb keeps a `van` phrase with an article (after a common noun), not one after a name.
    [InlineData("Twee weken geleden zorgde een bericht van de omroep voor nieuwe onrust.", "Twee weken geleden", "Een bericht van de omroep zorgde voor nieuwe onrust.")]
    [InlineData("Vorige week won Feyenoord van de koploper.", "Vorige week", "Feyenoord wint van de koploper.")]
    // An article before `afgelopen`, `komende` … leaves with its date; a pronoun `het` before a date stays.
    [InlineData("De afgelopen nacht haalden de bergers het wrak boven water.", "afgelopen nacht", "De bergers halen het wrak boven water.")]
    [InlineData("De minister zei het dinsdag al in de Kamer.", "dinsdag", "De minister zegt het al in de Kamer.")]
    // A date that `als` names (the deadline) is what the clause is about: it stays.
    [InlineData("Oorspronkelijk mikte de commissie op 15 maart 2023 als einddatum.", "15 maart 2023", "Oorspronkelijk mikte de commissie op 15 maart 2023 als einddatum.")]
    // A degree word leaves with its date; a bound (`tot in`) and a copula's date stay.
    [InlineData("Diep in de nacht overleefde de wethouder een motie van wantrouwen.", "de nacht", "De wethouder overleefde een motie van wantrouwen.")]
    [InlineData("Na een debat dat duurde tot in de nacht van woensdag op donderdag, diende de oppositie een motie in.", "de nacht van woensdag op donderdag",
        "Na een debat dat duurde tot in de nacht van woensdag op donderdag, diende de oppositie een motie in.")]
    [InlineData("De gewone stemming is donderdagavond.", "donderdagavond", "De gewone stemming is donderdagavond.")]
    // A cut may not leave a modal without the verbs it governs.
    [InlineData("De adviseur uitte in 2020 scherpe kritiek op het plan van de minister: er moest in 2030 niet een kwart, maar de helft minder ammoniak worden uitgestoten, stelde een commissie onder zijn leiding.", "2020",
        "De adviseur uitte scherpe kritiek op het plan van de minister.")]
    // A subject that is a list with functions before the names is not moved.
    [InlineData("In 2014 waren burgemeester Jan de Vries, wethouder Els Bakker en minister Ruud Smit aanwezig.", "2014", "In 2014 zijn burgemeester Jan de Vries, wethouder Els Bakker en minister Ruud Smit aanwezig.")]
    [InlineData("De bergers haalden in de nacht van zondag op maandag het wrak boven water.", "zondag op maandag", "De bergers halen het wrak boven water.")]
    [InlineData("Een week na de storm, in februari 2023, kwam de minister naar Zeeland.", "februari 2023", "Een week na de storm, komt de minister naar Zeeland.")]
    // Only the main clause goes in the present: `optrad` after `dat` happened before the saying.
    [InlineData("De ombudsman vond dinsdag dat de politie bij de ontruiming te hard optrad.", "dinsdag",
        "De ombudsman vindt dat de politie bij de ontruiming te hard optrad.")]
    // An opening date's apposition leaves with the date; one without a time noun is no apposition to the date.
    [InlineData("Half maart, een dag na het eindrapport van de commissie onder leiding van oud-minister Jan de Boer, zei de staatssecretaris dat zij het advies naast zich neer legde.", "Half maart",
        "De staatssecretaris zegt dat zij het advies naast zich neer legde.")]
    [InlineData("Begin mei, drie weken na de brand, opende de fabriek weer.", "Begin mei", "De fabriek opent weer.")]
    // What would have been keeps its tense; a pluperfect with an infinitive clause (`te willen`) is no counterfactual.
    [InlineData("Het was beter geweest als de provincie vorig jaar eerder had ingegrepen.", "vorig jaar",
        "Het was beter geweest als de provincie eerder had ingegrepen.")]
    [InlineData("De wethouder had in maart al moeten ingrijpen bij de fabriek.", "maart", "De wethouder had al moeten ingrijpen bij de fabriek.")]
    [InlineData("De raad had in maart besloten niet langer mee te willen betalen aan de brug.", "maart",
        "De raad heeft besloten niet langer mee te willen betalen aan de brug.")]
    // The date's clause after a colon is the report; the clause before it a comment.
    [InlineData("De toezegging is politiek gevoelig: vorige week adviseerde commissie-Remkes het kabinet de veestapel in te krimpen.", "vorige week",
        "Commissie-Remkes adviseert het kabinet de veestapel in te krimpen.")]
    // After a copula, `… geleden dat` is what the sentence says: it stays.
    [InlineData("Het is al tien jaar geleden dat de brug werd geopend.", "tien jaar geleden", "Het is al tien jaar geleden dat de brug werd geopend.")]
    // A page label or a dateline glued to the sentence goes.
    [InlineData("UpdateDe Tweede Kamer heeft dinsdag de wet aangenomen.", "dinsdag", "De Tweede Kamer heeft de wet aangenomen.")]
    [InlineData("LONDEN - De Britse premier heeft zondag een nieuw kabinet gepresenteerd.", "zondag", "De Britse premier heeft een nieuw kabinet gepresenteerd.")]
    public void Writes_the_event_text_by_rule(string sentence, string? date, string expected) =>
        Assert.Equal(expected, Compress(sentence, date));

    [Theory]
    [InlineData("Beide landen zeiden 'ernstig bezorgd' te zijn over het Aukus-veiligheidspact tussen de Verenigde Staten, het Verenigd Koninkrijk en Australië, dat vorig jaar werd aangekondigd.", "vorig jaar")]
    [InlineData("De sterke man in Moskou betoogt dat een expansie van het trans-Atlantische bondgenootschap naar het oosten in strijd zou zijn met beloftes die het Westen in 1991, na de val van de Sovjet-Unie, deed.", "1991")]
    [InlineData("Dit is een heel lange zin zonder enige komma of voegwoord waarin heel veel woorden achter elkaar staan tot hij uiteindelijk veel te lang wordt voor een tijdlijn van gebeurtenissen", null)]
    public void Stays_short_and_never_cuts_a_word(string sentence, string? date)
    {
        var result = Compress(sentence, date);
        Assert.InRange(result.Length, 10, ClauseCompressor.Tolerance + 2);
        var words = sentence.Split(' ').Select(w => w.Trim('.', ',', '\'')).ToHashSet();
        foreach (var word in result.TrimEnd('.', '…').Split(' ').Select(w => w.Trim('.', ',', '\'', '…')))
            Assert.True(words.Contains(word) || Lexicon.PresentOf.Values.Contains(word.ToLowerInvariant()), $"'{word}' in '{result}'");
    }

    private static EventLexicon Lexicon => Compressor.Lexicon;
}
