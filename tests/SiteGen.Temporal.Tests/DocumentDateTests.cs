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
    public void Document_date_is_read_from_the_head_of_the_text(string text, string value, string source)
    {
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.NotNull(dct);
        Assert.Equal((value, source, false), (dct.Value, dct.Source, dct.Estimated));
        Assert.False(string.IsNullOrEmpty(dct.Evidence));
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
    public void Without_a_date_the_document_date_is_inferred(string text, string year)
    {
        var dct = Tagger.Analyze(text, null).DocumentDate;
        Assert.NotNull(dct);
        Assert.Equal((year, true, "inferred"), (dct.Value, dct.Estimated, dct.Source));
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
