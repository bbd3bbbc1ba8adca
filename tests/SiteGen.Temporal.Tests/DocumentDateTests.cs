using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>Finding the document date in the text, and reading one written by a person.</summary>
public class DocumentDateTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Theory]
    [InlineData("Internationaal4 feb '22 15:36Aangepast op 4 feb '22 15:56\n\nTitel", "2022-02-04T15:36", "dateline")]
    [InlineData(" date 2022-03 Rusland meldde zondag nieuwe aanvallen.", "2022-03", "header")]
    [InlineData(" date 2021-12-15 De top was woensdag.", "2021-12-15", "header")]
    [InlineData("Politiek\nwoensdag 15 december 2021, 18:02\n\nDe Kamer stemde in.", "2021-12-15T18:02", "dateline")]
    [InlineData("Economie 3 mrt. 2023 09:15 De inflatie daalt.", "2023-03-03T09:15", "dateline")]
    [InlineData("Binnenland\n4 februari 2022 door Redactie\n\nDe Kamer stemde in.", "2022-02-04", "dateline")]
    // a numeric dateline with a dash before its clock time
    [InlineData("Regio 14/03/2019 - 17:45\nNieuwe brug geopend\nDe brug ging vandaag open.", "2019-03-14T17:45", "dateline")]
    public void Document_date_is_read_from_the_head_of_the_text(string text, string value, string source)
    {
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.NotNull(dct);
        Assert.Equal((value, source, false), (dct.Value, dct.Source, dct.Estimated));
        Assert.False(string.IsNullOrEmpty(dct.Evidence));
    }

    [Theory]
    [InlineData(" date 2017-03 Bewerkt door: redactie\n\n20/03/17 - 13u07 Bron: persbureau\n\nDe premier sprak vandaag.", "2017-03-20T13:07", "2017-03-20")]
    [InlineData(" date 2019-03 Een lange dag in het parlement\n\n12 maart 2019\n\n21u35\n\nHet parlement stemde vanavond.", "2019-03-12", "2019-03-12TEV")]
    [InlineData(" date 2022-02 Jaaroverzicht\nGepubliceerd op 4 februari 2022\n\nDe raad vergaderde gisteren.", "2022-02-04", "2022-02-03")]
    public void A_dateline_inside_a_coarse_header_gives_the_day(string text, string value, string relative)
    {
        var analysis = Tagger.Analyze(text, null);
        Assert.Equal((value, "dateline", false), (analysis.DocumentDate?.Value, analysis.DocumentDate?.Source, analysis.DocumentDate?.Estimated));
        Assert.Contains("header", analysis.DocumentDate!.Evidence);
        Assert.Equal(relative, analysis.Matches.Last().Value);
    }

    [Theory]
    [InlineData(" date 2019-03 Kop van het stuk\n\n12 april 2019\n\nHet parlement stemde vanavond.")]
    [InlineData(" date 2019-03 Kop van het stuk\n\nOp 12 maart 2019 stemde het parlement tegen.")]
    public void A_coarse_header_stays_when_no_dateline_inside_it_follows(string text) =>
        Assert.Equal(("2019-03", "header"), (Tagger.Analyze(text, null).DocumentDate?.Value, Tagger.Analyze(text, null).DocumentDate?.Source));

    [Theory]
    [InlineData("Kop van het stuk\n\nma 20 mrt 2017, 13:07\n\nHet parlement stemde gisteravond tegen.", "2017-03-20T13:07")]
    [InlineData("Kop van het stuk\n\n20/03/17 - 13u07\n\nHet parlement stemde gisteravond tegen.", "2017-03-20T13:07")]
    [InlineData("Kop van het stuk\nzo 4-2-22, 15:36 | Binnenland\n\nHet parlement stemde gisteravond tegen.", "2022-02-04T15:36")]
    public void Datelines_with_a_weekday_or_a_two_digit_year_are_read(string text, string value)
    {
        var analysis = Tagger.Analyze(text, null);
        Assert.Equal((value, "dateline"), (analysis.DocumentDate?.Value, analysis.DocumentDate?.Source));
        Assert.EndsWith("EV", analysis.Matches.Last().Value);
    }

    [Fact]
    public void A_given_date_wins_over_the_text()
    {
        var given = new DocumentDate("2024-05-16", false, "front-matter");
        var analysis = Tagger.Analyze(" date 2022-03 Het gebeurde gisteren.", given);
        Assert.Same(given, analysis.DocumentDate);
        Assert.Equal("2024-05-15", analysis.Matches.Single().Value);
    }

    [Fact]
    public void Seed_004_is_estimated_as_2024_with_evidence()
    {
        var text = File.ReadAllText(Path.Combine(SeedScoreTests.SeedsDirectory(), "004_a65d9168c7908b90.txt"));
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.NotNull(dct);
        Assert.Equal(("2024", true, "inferred"), (dct.Value, dct.Estimated, dct.Source));
        Assert.Contains("2023", dct.Evidence);
    }

    [Theory]
    [InlineData("De stad werd in 2019 getroffen door een overstroming. Herstel duurde lang.", "2019")]
    [InlineData("In maart 2021 brak de brand uit. Vorig jaar volgde het proces.", "2022")]
    [InlineData("Het verdrag werd op 4 februari 2020 getekend.", "2020")]
    // a past form ending in -nde is no present participle ('de komende week'): the listed ones count as past
    [InlineData("Op 4 februari 2020 opende het museum in de oude fabriek.", "2020")]
    [InlineData("De partij won vier jaar geleden de verkiezingen. Zij behaalde toen in 2019 twaalf zetels; nu zijn het er twee.", "2023")]
    // a question reports nothing: its past date bounds nothing
    [InlineData("Het college trad in 2017 af. Moesten de wethouders allemaal opstappen, zoals het college van Delft in april 2019 deed na het rapport over de jeugdzorg? Dat wil niemand.", "2017")]
    public void Without_a_date_the_document_date_is_inferred(string text, string year) =>
        Assert.Equal((year, true, "inferred"), Estimate(text));

    [Fact]
    public void A_date_asked_about_bounds_no_document_date() =>
        Assert.Null(Tagger.Analyze("Moesten de wethouders allemaal opstappen, zoals het college van Delft in april 2019 deed na het rapport over de jeugdzorg? Of alleen de burgemeester?", null).DocumentDate);

    [Theory]
    // an anniversary: the day counted back to stands next to the count, or under a month header is the one day so many years back
    [InlineData("Precies drie jaar geleden, op 9 mei 2020, stortte de brug in. Vandaag is er een herdenking.", "2023-05-09")]
    [InlineData(" date 2023-05 Op 9 mei 2020 stortte de brug in. Vandaag, drie jaar later, is er een herdenking.", "2023-05-09")]
    [InlineData(" date 2023-05 Het is dinsdag precies drie jaar geleden dat de brug instortte. Dat gebeurde op 9 mei 2020.", "2023-05-09")]
    // a day next to 'gisteren' or 'vandaag'
    [InlineData(" date 2023-05 De raad besloot gisteren, 8 mei, tot sluiting van het zwembad.", "2023-05-09")]
    // the weekday of the lead is that of the one day of the header month the text names
    [InlineData(" date 2019-10 Duizenden boeren protesteerden dinsdag in Den Haag. Zij waren opgeroepen om op 1 oktober te komen.", "2019-10-01")]
    public void A_coarse_document_date_is_narrowed_by_the_text_and_kept_as_an_estimate(string text, string value)
    {
        Assert.Equal((value, true, "inferred"), Estimate(text));
        Assert.Contains("narrowed from", Tagger.Analyze(text, null).DocumentDate!.Evidence);
    }

    private static (string, bool, string) Estimate(string text)
    {
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.NotNull(dct);
        return (dct.Value, dct.Estimated, dct.Source);
    }

    [Theory]
    // the weekday does not fit the anniversary: 9 May 2023 is a Tuesday, not a Friday
    [InlineData(" date 2023-05 Het is vrijdag precies drie jaar geleden dat de brug instortte. Dat gebeurde op 9 mei 2020.", "2023-05")]
    // two days of the header month on the lead's weekday: no way to choose
    [InlineData(" date 2019-10 Boeren protesteerden dinsdag in Den Haag, na eerdere acties op 1 oktober en 8 oktober.", "2019-10")]
    // without a cue the count is not an anniversary of the day
    [InlineData(" date 2023-05 De brug, die drie jaar geleden instortte op 9 mei 2020, is herbouwd.", "2023-05")]
    public void Evidence_that_does_not_pin_one_day_leaves_the_month(string text, string header)
    {
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.Equal((header, "header"), (dct?.Value, dct?.Source));
    }

    [Theory]
    [InlineData("Exact vijf jaar geleden, op 22 maart 2016, sloeg de bliksem in.")]
    [InlineData("De aanslag van 4 februari 2022 heeft de stad veranderd.")]
    // a date that opens a sentence about what is to come: the verb after it carries the sentence on
    [InlineData("Op 1 januari 2025 gaat de nieuwe wet in, meldt het ministerie.")]
    [InlineData("Nieuws\nVanaf 3 juni 2024 rijdt de bus niet meer door het centrum.")]
    public void A_date_inside_a_sentence_is_no_dateline(string text)
    {
        Assert.NotEqual("dateline", Tagger.Analyze(text, null).DocumentDate?.Source);
    }

    [Fact]
    public void A_limit_is_not_a_reported_year_and_a_post_stamp_dates_the_article()
    {
        var limit = Tagger.Analyze("Het kabinet heeft tot 2030 geld gereserveerd. In 2019 oordeelde de rechter anders.", null).DocumentDate;
        Assert.Equal("2019", limit?.Value);
        var posted = Tagger.Analyze("Veel reacties op de speech.\n— Een kijker (@kijker) November 17, 2020\nDe minister zweeg.".Replace("\\n", "\n"), null).DocumentDate;
        Assert.Equal(("2020-11", true), (posted?.Value, posted?.Estimated));
    }

    [Fact]
    public void A_relative_dateline_without_an_anchor_gives_no_date()
    {
        var analysis = Tagger.Analyze("NOS Nieuws • vandaag, 09:34 De premier spreekt.", null);
        Assert.Null(analysis.DocumentDate);
        Assert.Equal("vandaag, 09:34", analysis.Matches.Single().Text);
    }

    [Fact]
    public void A_future_year_does_not_date_the_article()
    {
        var dct = Tagger.Analyze("In 2019 begon de bouw. De brug zal in 2030 klaar zijn.", null).DocumentDate;
        Assert.Equal("2019", dct?.Value);
    }

    [Theory]
    [InlineData("2022-02-04", "2022-02-04")]
    [InlineData("2022-02-04T15:36", "2022-02-04T15:36")]
    [InlineData("2022-02-04 15:36", "2022-02-04T15:36")]
    [InlineData("2022-02-04T15:36:59Z", "2022-02-04T15:36")]
    [InlineData("2022-02-04T15:36:00+01:00", "2022-02-04T15:36")]
    [InlineData(" '2022-02' ", "2022-02")]
    [InlineData("2022", "2022")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void Front_matter_dates_are_read_at_their_precision(string text, string value)
    {
        Assert.True(DocumentDateParser.TryParse(text, out var date, out var error), error);
        Assert.Equal(value, date!.Value);
        Assert.False(date.Estimated);
        Assert.Equal("front-matter", date.Source);
    }

    [Theory]
    [InlineData("2022-02-31", "has days 1 to 28")]
    [InlineData("2023-02-29", "has days 1 to 28")]
    [InlineData("2022-13-01", "no month 13")]
    [InlineData("2022-00", "no month 0")]
    [InlineData("2022-02-04T25:00", "not a time of day")]
    [InlineData("4 februari 2022", "not a date")]
    [InlineData("", "not a date")]
    [InlineData(null, "not a date")]
    [InlineData("0000-01-01", "does not exist")]
    public void Impossible_dates_are_refused_with_a_reason(string? text, string reason)
    {
        Assert.False(DocumentDateParser.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.Contains(reason, error);
    }
}
