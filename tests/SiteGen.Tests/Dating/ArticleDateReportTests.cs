using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Loading;
using SiteGen.Temporal;
using SiteGen.Tests.Loading;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Dating;

/// <summary>What the tag-dates stage says about an article's dates: undated (SG0141) and a tagger that failed (SG0190).</summary>
public class ArticleDateReportTests
{
    [Theory]
    [InlineData("zwembad.txt", "Het zwembad gaat gisteren dicht, zei de wethouder vanochtend.\n", "' date YYYY-MM-DD'")]
    [InlineData("zwembad.md", "---\ntitle: Zwembad dicht\n---\nHet zwembad gaat gisteren dicht, zei de wethouder vanochtend.\n", "'date: YYYY-MM-DD'")]
    public void An_article_without_a_date_is_named_with_the_fix(string file, string text, string fix)
    {
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, file, bag);
        Assert.NotNull(article);
        Assert.Null(article.Date);
        var d = Assert.Single(bag.Sorted);
        Assert.Equal(("SG0141", Severity.Warning, file), (d.Code, d.Severity, d.File));
        Assert.Contains(fix, d.Fix);
    }

    [Fact]
    public void An_undated_article_still_gives_its_absolutely_dated_events()
    {
        // Both dates are announced, not reported as past: they say nothing of when the article was written, so it
        // really is undated (a past report would date it, see the next test).
        const string text = "De nieuwe brug over de Lek gaat op 4 februari 2030 open voor het verkeer.\n\n"
            + "De aanleg van het fietspad ernaast begint op 1 maart 2031, zegt de gedeputeerde.\n\nGisteren werd de laatste ligger geplaatst.\n";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, "brug.txt", bag)!;
        Assert.Null(article.Date);
        Assert.Equal("SG0141", Assert.Single(bag.Sorted).Code);
        var dates = EventExtractor.Create().Extract(article).Events.Select(e => e.Event.Date).ToList();
        Assert.Contains("2030-02-04", dates);
        Assert.Contains("2031-03-01", dates);
        // 'gisteren' has nothing to count from: it stays off the timeline rather than landing on a made-up day
        Assert.DoesNotContain(dates, date => !char.IsAsciiDigit(date[0]));
    }

    [Fact]
    public void An_article_reporting_a_dated_event_as_past_is_dated_from_it_as_an_estimate_not_named_as_undated()
    {
        // A text that says the path "werd op 1 maart 2031 geopend" was written on that day or later: the reader gets
        // the year, marked estimated, with the evidence, rather than an article left off the calendar.
        const string text = "De nieuwe brug over de Lek gaat op 4 februari 2030 open voor het verkeer.\n\n"
            + "Het fietspad ernaast werd op 1 maart 2031 geopend, zegt de gedeputeerde.\n";
        var bag = new DiagnosticBag();
        var article = Seeds.Loader().LoadText(text, "fietspad.txt", bag)!;
        Assert.Equal(("2031", true, "inferred"), (article.Date?.Value, article.Date?.Estimated, article.Date?.Source));
        Assert.Contains("1 maart 2031", article.Date!.Evidence);
        Assert.DoesNotContain(bag.Sorted, d => d.Code == "SG0141");
    }

    [Fact]
    public void A_failure_of_the_tagger_is_an_error_naming_the_article_not_a_silently_undated_article()
    {
        var loader = new ArticleLoader(TemporalTagger.Create("nl"), "nl")
        {
            Analyzer = (_, date) => new TemporalAnalysis(date, [], []) { Failure = "InvalidOperationException: stuk (in StoryReader.ReadSentence)" },
        };
        var bag = new DiagnosticBag();
        var article = loader.LoadText("De minister sprak gisteren in Brussel over de begroting van volgend jaar.\n", "begroting.txt", bag);
        Assert.NotNull(article);
        var d = Assert.Single(bag.Sorted);
        Assert.Equal(("SG0190", Severity.Error, "begroting.txt"), (d.Code, d.Severity, d.File));
        Assert.Contains("a bug in SiteGen", d.Message);
        Assert.Contains("StoryReader.ReadSentence", d.Message);
    }

    [Fact]
    public void A_tagger_that_throws_on_one_article_is_an_error_naming_it_and_the_other_articles_load_with_their_dates()
    {
        using var folder = new TempFolder();
        var real = TemporalTagger.Create("nl");
        var loader = new ArticleLoader(real, "nl")
        {
            Parallelism = 2,
            Analyzer = (text, date) => text.Contains("sluis", StringComparison.Ordinal) ? throw new InvalidOperationException("stuk") : real.Analyze(text, date),
        };
        var files = new[] { ("a-sluis.txt", " date 2024-05-16 De sluis ging gisteren dicht."), ("b-brug.txt", " date 2024-05-16 De brug ging gisteren open.") }
            .Select(f => new ArticleFile(folder.Write(f.Item1, f.Item2), f.Item1)).ToList();
        var bag = new DiagnosticBag();

        var articles = loader.LoadAll(files, bag);

        Assert.Equal(["a-sluis", "b-brug"], articles.Select(a => a.Id));
        var d = Assert.Single(bag.Sorted);
        Assert.Equal(("SG0190", Severity.Error, "a-sluis.txt"), (d.Code, d.Severity, d.File));
        Assert.Contains("InvalidOperationException: stuk", d.Message);
        Assert.Empty(articles[0].Temporal.Matches);
        Assert.Equal("2024-05-15", Assert.Single(articles[1].Temporal.Matches).Value);
    }
}
