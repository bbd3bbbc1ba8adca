using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>
/// Dates in context (issue 18): what an expression is resolved against when the text has moved away from the
/// publication date. Each case is a short text written for the rule it tests; <c>\n</c> starts a new paragraph.
/// </summary>
public class StoryTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Theory]
    // anaphoric expressions count from the last time the text named
    [InlineData("2024-05-16", "In 2016 sloot de mijn. Een jaar eerder was de productie al gehalveerd.", "Een jaar eerder", "2015")]
    [InlineData("2024-05-16", "De storm raasde op 12 januari 2018 over het land. De dag erna lagen overal bomen op de weg.", "De dag erna", "2018-01-13")]
    [InlineData("2024-05-16", "Op 1 mei 2019 begon de staking. Later op de dag sloten ook de havens.", "Later op de dag", "2019-05-01")]
    [InlineData("2024-05-16", "Op 1 mei 2019 begon de staking. Die week lag het hele land stil.", "Die week", "2019-W18")]
    [InlineData("2024-05-16", "Om 14.10 uur op 4 juni 2021 sloeg de bliksem in. Een uur later stond de schuur in brand.", "Een uur later", "2021-06-04T15:10")]
    [InlineData("2024-05-16", "In 1953 brak de dijk. Tien jaar later was de Deltawet aangenomen.", "Tien jaar later", "1963")]
    // without an earlier time, an anaphoric expression counts from the publication date
    [InlineData("2024-05-16", "Eerder die dag had de minister al gesproken.", "Eerder die dag", "2024-05-16")]
    // 'Vandaag, zes jaar later' names the publication date again: the count is from the story's past, not from today
    [InlineData("2022-03-22", "Op 22 maart 2016 werd de stad getroffen. Vandaag, zes jaar later, is er een herdenking.", "zes jaar later", "2022")]
    // a deadline still to come is not the day a past clause steps from: without an earlier time, the publication date
    [InlineData("2021-09-15", "De wethouder is woensdag geïnstalleerd. Hij wil voor 1 december een nieuw plan. Hij nam eerder op de dag afscheid als raadslid.", "eerder op de dag", "2021-09-15")]
    [InlineData("2021-09", "De wethouder is woensdag geïnstalleerd. Hij wil voor 1 december een nieuw plan. Hij werd woensdag gekozen. Hij nam eerder op de dag afscheid als raadslid.", "eerder op de dag", "2021-09")]
    // ... but a clause about the future may step from it
    [InlineData("2021-09-15", "De raad stemt op 1 december over het plan. Die dag zal ook de begroting worden besproken.", "Die dag", "2021-12-01")]
    public void Anaphoric_expressions_resolve_against_the_story(string dct, string text, string span, string value) =>
        Assert.Equal(value, Resolve(dct, text, span));

    [Theory]
    // the time a figure is compared with ('meer dan in', 'ten opzichte van', 'zo hard als in') is not where the story goes
    [InlineData("2024-05-16", "In het derde kwartaal van 2023 groeide de economie harder dan in het derde kwartaal van 2021. Een jaar eerder was er nog krimp.", "Een jaar eerder", "2022")]
    [InlineData("2024-05-16", "De omzet steeg in 2022 met 4 procent ten opzichte van 2019. Een jaar later daalde hij weer.", "Een jaar later", "2023")]
    [InlineData("2024-05-16", "In 2020 groeide het bedrijf net zo hard als in 2017. Twee jaar later kwam de klap.", "Twee jaar later", "2022")]
    // 'dan' that opens a clause is 'then': the story does go there
    [InlineData("2024-05-16", "Eerst sprak de burgemeester. Dan volgde op 4 mei 2019 de uitspraak. Een dag later ging hij in beroep.", "Een dag later", "2019-05-05")]
    public void A_time_something_is_compared_with_does_not_move_the_story(string dct, string text, string span, string value) =>
        Assert.Equal(value, Resolve(dct, text, span));

    [Theory]
    // a quarter or half year named is where the story is, as the months it spans
    [InlineData("2024-05-16", "In het eerste kwartaal van 2018 groeide de economie. Een kwartaal eerder was de groei nog groter.", "Een kwartaal eerder", "2017-Q4")]
    [InlineData("2024-05-16", "In de tweede helft van 2019 daalde de werkloosheid. Een jaar later steeg ze weer.", "Een jaar later", "2020")]
    // a week named is where the story is, as the month that holds it
    [InlineData("2024-10-20", "Op dinsdag 8 oktober 2024 vergaderde de raad. De week daarvoor was er al overleg. De maand erna viel het besluit.", "De maand erna", "2024-11")]
    // a period named after the last day moves the story past that day: a step in weeks counts from the period, as far as it allows
    [InlineData("2021-08", "Hij scoorde op 19 april 2015 in Rotterdam. Zaterdagavond won de ploeg opnieuw. Een week eerder had ze nog verloren.", "Een week eerder", "2021")]
    // ... but a look back to an earlier period leaves the day where it was
    [InlineData("2021-06-05", "De musea gaan vandaag open. Vorig jaar waren ze maanden dicht. De dierentuinen volgen een week later.", "een week later", "2021-W23")]
    public void Quarters_and_coarser_periods_move_the_story(string dct, string text, string span, string value) =>
        Assert.Equal(value, Resolve(dct, text, span));

    [Theory]
    // a bare clock time falls on the day its sentence names, before or after it
    [InlineData("2025-03-22", "Op 22 maart 2016 ging om 7.58 uur de eerste bom af.", "7.58 uur", "2016-03-22T07:58")]
    [InlineData("2021-03-22", "Om 7.58 uur werden vandaag de namen voorgelezen.", "7.58 uur", "2021-03-22T07:58")]
    // ... else on the day of the sentences before it in the paragraph
    [InlineData("2023-07-10", "Vrijdag kwam de raad bijeen. Om 13.00 uur viel het besluit.", "13.00 uur", "2023-07-07T13:00")]
    [InlineData("2025-03-22", "Op 22 maart 2016 ontploften twee bommen. De eerste ging om 7.58 uur af.", "7.58 uur", "2016-03-22T07:58")]
    // ... or in the paragraphs under a day that stands on a line of its own (a programme)
    [InlineData("2025-03-04", "Het programma van de finaledag.\n\nDonderdag 13 maart\n\n18.00 uur: 500 meter\n\n19.15 uur: 1000 meter", "19.15 uur", "2025-03-13T19:15")]
    // ... in a new paragraph only when the sentence carries on from it
    [InlineData("2025-03-22", "Op 22 maart 2016 ontploften twee bommen.\nKort daarop, om 9.11 uur, volgde een derde.", "9.11 uur", "2016-03-22T09:11")]
    [InlineData("2025-03-22", "Op 22 maart 2016 ontploften twee bommen.\nDe herdenking begint om 10.00 uur.", "10.00 uur", "2025-03-22T10:00")]
    // ... and not when the tense contradicts the day: a plan is not on a day already past
    [InlineData("2024-05-16", "Gisteren vergaderde de raad. De volgende vergadering zal om 10.00 uur beginnen.", "10.00 uur", "2024-05-16T10:00")]
    // a reference to the present brings the story back to the publication date
    [InlineData("2025-03-22", "Op 22 maart 2016 ontploften twee bommen. Nu is het stil op het plein. Om 10.00 uur begint de herdenking.", "10.00 uur", "2025-03-22T10:00")]
    // a clock time and the day part it belongs to are one expression
    [InlineData("2023-07-08", "De politie werd om 20.00 uur gisteravond gebeld.", "20.00 uur gisteravond", "2023-07-07T20:00")]
    [InlineData("2023-07-08", "Gisteravond rond 22.30 uur sloeg de bliksem in.", "Gisteravond rond 22.30 uur", "2023-07-07T22:30")]
    public void Clock_times_fall_on_the_day_being_talked_about(string dct, string text, string span, string value) =>
        Assert.Equal(value, Resolve(dct, text, span));

    [Theory]
    // a text that tells the past in the present tense places a bare month or day forward from the time it tells ...
    [InlineData("2024-04-10", "Het begint in juni 2022. De bond stuurt op 14 september 2022 een brief aan de minister. De minister antwoordt eind oktober met een korte brief.", "eind oktober", "2022-10")]
    [InlineData("2024-04-10", "De bond stuurt op 14 september 2022 een brief aan de minister. De minister antwoordt eind oktober. Op 9 november komt een nieuwe brief binnen.", "9 november", "2022-11-09")]
    // ... not when the time before publication was told in the past tense or as a bound: then the present is a plan
    [InlineData("2024-04-10", "De bond stuurde op 14 september 2022 een brief aan de minister. Op 9 november stemt de raad over het plan.", "9 november", "2024-11-09")]
    [InlineData("2024-04-10", "Het plan geldt sinds 14 september 2022. Op 9 november stemt de raad erover.", "9 november", "2024-11-09")]
    // ... nor in a clause in the past tense
    [InlineData("2024-04-10", "De bond stuurt op 14 september 2022 een brief. Op 2 maart kwam een nieuwe brief binnen.", "2 maart", "2024-03-02")]
    public void A_story_told_in_the_present_tense_keeps_its_own_time(string dct, string text, string span, string value) =>
        Assert.Equal(value, Resolve(dct, text, span));

    [Theory]
    // a day named without a year takes the story's year when it repeats a day the text named, or only that year fits its weekday
    [InlineData("2025-03-10", "Op 22 maart 2016 werd Brussel getroffen. Sindsdien denkt de stad op 22 maart aan de slachtoffers.", "22 maart", "2016-03-22", 1)]
    [InlineData("2025-03-10", "In maart 2016 was het onrustig in Brussel. Op dinsdag 22 maart ontploften twee bommen.", "dinsdag 22 maart", "2016-03-22", 1)]
    public void Days_without_a_year_can_take_the_story_year(string dct, string text, string span, string value, int occurrence) =>
        Assert.Equal(value, Resolve(dct, text, span, occurrence));

    [Theory]
    // weekdays in reports of the past: the most recent such day on or before the publication date (2024-05-17 is a Friday)
    [InlineData("Twee mannen zijn woensdag aangehouden in Utrecht.", "woensdag", "2024-05-15")]
    [InlineData("De premier heeft dinsdagavond het ontslag aangeboden.", "dinsdagavond", "2024-05-14TEV")]
    [InlineData("In de nacht van woensdag op donderdag is ingebroken bij de bank.", "de nacht van woensdag op donderdag", "2024-05-15TNI")]
    [InlineData("Omdat de Kamer donderdag met reces is gegaan, kan er niet worden gestemd.", "donderdag", "2024-05-16")]
    // plans and deadlines in sentences about what will happen: the next occurrence
    [InlineData("Het kabinet moet voor 1 mei een besluit nemen.", "1 mei", "2025-05-01")]
    [InlineData("De provincie wil begin juli met de uitkoop beginnen.", "begin juli", "2024-07")]
    [InlineData("Het wordt een sobere kerst voor veel gezinnen.", "kerst", "2024-12-25")]
    [InlineData("De Kamer wil uiterlijk maandag een brief van het kabinet.", "maandag", "2024-05-20")]
    // ... and a past signal word overrides the clause: 'sinds maart'
    [InlineData("De maatregel wordt sinds maart overal toegepast.", "maart", "2024-03")]
    public void The_tense_and_signal_words_give_the_direction(string text, string span, string value) =>
        Assert.Equal(value, Resolve("2024-05-17", text, span));

    private static string? Resolve(string dct, string text, string span, int occurrence = 1)
    {
        var analysis = Tagger.Analyze(text.Replace("\\n", "\n"), new DocumentDate(dct, false, "test"));
        var found = analysis.Matches.Where(m => m.Text == span).ToList();
        Assert.True(found.Count >= occurrence, $"'{span}' not found: {string.Join(", ", analysis.Matches.Select(m => $"[{m.Text}] {m.Value}"))}");
        return found[occurrence - 1].Value;
    }
}
