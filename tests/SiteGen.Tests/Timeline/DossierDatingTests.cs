using SiteGen.Articles;
using SiteGen.Temporal;
using SiteGen.Tests.Events;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// An article without a document date is dated from the dossier: its opening reports what another article's dated
/// report reports (<see cref="DossierReports"/>, <see cref="DateRefiner"/>). Articles written for these tests, tagged
/// by the real tagger.
/// </summary>
public class DossierDatingTests
{
    internal static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    internal static readonly TimelineBuilder Builder = new(Tagger);

    internal static Article Tagged(string id, string text, string? dct = null) =>
        HandMade.Article(id, text, null) with { Temporal = Tagger.Analyze(text, dct is null ? null : new DocumentDate(dct, false, "header")) };

    // Tuesday 16 May 2023.
    private static Article Province() => Tagged("100",
        "Het provinciebestuur van Drenthe heeft dinsdag de vergunning voor de windmolens bij Emmen ingetrokken. "
        + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.",
        "2023-05-16");

    internal static Article Museum() => Tagged("104",
        "In Rotterdam is zaterdag een nieuw museum voor moderne kunst geopend. Burgemeester Aboutaleb knipte het lint door bij de opening.",
        "2023-05-20");

    internal static Article Pool() => Tagged("105",
        "Het vernieuwde zwembad in Zwolle trekt veel meer bezoekers dan verwacht. De gemeente is tevreden over de opkomst van de eerste weken.");

    internal static Article Undated(string id, string text)
    {
        var article = Tagged(id, text);
        Assert.Null(article.Date);
        return article;
    }

    internal static DocumentDate? DateOf(TimelineResult result, string id) => result.Articles.Single(a => a.Id == id).Date;

    [Fact]
    public void The_page_of_an_article_dated_from_the_dossier_links_the_article_its_date_came_from()
    {
        using var temp = new SiteGen.Tests.Support.TempFolder();
        temp.Write("in/provincie.md", "---\ntitle: Provincie trekt vergunning windmolens in\ndate: 2023-05-16\n---\n\n"
            + "Het provinciebestuur van Drenthe heeft dinsdag de vergunning voor de windmolens bij Emmen ingetrokken. "
            + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.\n");
        temp.Write("in/omwonenden.md", "---\ntitle: Omwonenden opgelucht\n---\n\n"
            + "De vergunning voor de windmolens bij Emmen is dinsdag ingetrokken door het provinciebestuur van Drenthe. "
            + "Omwonenden reageerden opgelucht op het besluit van gedeputeerde Veenstra.\n");
        var options = SiteGen.Tests.Support.SiteRun.Options(temp.Path, "in");

        var (report, bag) = SiteGen.Tests.Support.SiteRun.Build(options);

        Assert.True(report.Published, string.Join("\n", bag.Sorted));
        // The maintainer hears it too: which file was dated from which, and how to give it a date of its own.
        var dated = Assert.Single(bag.Sorted, d => d.Code == "SG0145");
        Assert.Equal("omwonenden.md", dated.File);
        Assert.Contains("dated 2023-05-16 (estimated) from provincie.md", dated.Message);
        Assert.DoesNotContain(bag.Sorted, d => d.Code == "SG0145" && d.File == "provincie.md");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            File.ReadAllText(Path.Combine(options.Output, "artikelen", "omwonenden-opgelucht", "index.html")));
        var meta = page.QuerySelector(".article-header .meta")!;
        Assert.Equal("2023-05-16", meta.QuerySelector("time")!.GetAttribute("datetime"));
        var estimated = meta.QuerySelector(".estimated")!;
        Assert.StartsWith("(datum geschat: afgeleid uit", estimated.TextContent.Trim());
        var link = estimated.QuerySelector("a")!;
        Assert.Equal("Provincie trekt vergunning windmolens in", link.TextContent);
        Assert.Equal("/artikelen/provincie-trekt-vergunning-windmolens-in/", link.GetAttribute("href"));
        // A date given by the article itself names no other article.
        var own = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            File.ReadAllText(Path.Combine(options.Output, "artikelen", "provincie-trekt-vergunning-windmolens-in", "index.html")));
        Assert.Null(own.QuerySelector(".article-header .estimated"));
    }

    [Fact]
    public void A_photo_caption_is_no_title_but_still_tells_which_report_dates_an_undated_article()
    {
        using var temp = new SiteGen.Tests.Support.TempFolder();
        temp.Write("in/provincie.md", "---\ntitle: Provincie trekt vergunning windmolens in\ndate: 2023-05-16\n---\n\n"
            + "Het provinciebestuur van Drenthe heeft dinsdag de vergunning voor de windmolens bij Emmen ingetrokken. "
            + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.\n");
        // Scraped as the page shows it: the picture's caption and credit first, then the text, which on its own
        // shares too little with the dated report to be dated by it.
        temp.Write("in/omwonenden.txt", "Omwonenden bij de windmolens van Emmen, waarvan de vergunning is ingetrokken. Beeld Jan de Wit/ANP\n\n"
            + "In de wijken rond het windpark wordt opgelucht gereageerd. Bewoners klaagden al jaren over het geluid van de wieken.\n");
        var options = SiteGen.Tests.Support.SiteRun.Options(temp.Path, "in");

        var (report, bag) = SiteGen.Tests.Support.SiteRun.Build(options);

        Assert.True(report.Published, string.Join("\n", bag.Sorted));
        var folder = Directory.GetDirectories(Path.Combine(options.Output, "artikelen")).Single(d => !d.EndsWith("provincie-trekt-vergunning-windmolens-in"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.DoesNotContain("Beeld", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Jan de Wit", page.QuerySelector("main")!.TextContent);
        // Its month: the report it shares the happening with names no weekday of its own to place the day by.
        Assert.Equal("2023-05", page.QuerySelector(".article-header .meta time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void An_undated_article_takes_the_day_its_weekday_lands_on()
    {
        var windmills = Undated("101", "De vergunning voor de windmolens bij Emmen is dinsdag ingetrokken door het provinciebestuur van Drenthe. "
            + "Omwonenden reageerden opgelucht op het besluit van gedeputeerde Veenstra.");
        var result = Builder.Build([Province(), Museum(), windmills, Pool()]);
        var date = DateOf(result, "101")!;
        Assert.Equal("2023-05-16", date.Value);
        Assert.True(date.Estimated);
        Assert.Equal("dossier", date.Source);
        Assert.StartsWith("100: ", date.Evidence);
        Assert.Equal("100", date.From);
        // Its headline is the lead's report, dated by its own `dinsdag`, in the item of the other article's report.
        var headline = result.EventsByArticle["101"][0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2023-05-16", headline.Date);
        Assert.StartsWith("De vergunning voor de windmolens", headline.Text);
        var item = Assert.Single(result.Timeline.Items, i => i.Sources.Any(s => s.ArticleId == "101" && s.IsHeadline));
        Assert.Contains(item.Sources, s => s.ArticleId == "100");
    }

    [Fact]
    public void Last_night_moves_publication_to_the_day_after()
    {
        var windmills = Undated("102", "Het provinciebestuur van Drenthe heeft gisteravond de vergunning voor de windmolens bij Emmen ingetrokken, "
            + "tot opluchting van omwonenden en tot woede van de ontwikkelaar.");
        var date = DateOf(Builder.Build([Province(), Museum(), windmills, Pool()]), "102")!;
        Assert.Equal("2023-05-17", date.Value);
        Assert.Equal("dossier", date.Source);
    }

    [Fact]
    public void Last_night_in_an_article_dated_to_the_month_gives_the_day_after_the_reported_one()
    {
        // A month header (' date 2023-05'): `gisteravond` is placed only in May until the report of the 16th pins it.
        var windmills = Tagged("108", "Het provinciebestuur van Drenthe heeft gisteravond de vergunning voor de windmolens bij Emmen ingetrokken. "
            + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.", "2023-05");
        var result = Builder.Build([Province(), Museum(), windmills, Pool()]);
        var date = DateOf(result, "108")!;
        Assert.Equal(("2023-05-17", "refined", "100"), (date.Value, date.Source, date.From));
        Assert.Contains("was 2023-05", date.Evidence);
        Assert.Equal("2023-05-16", result.EventsByArticle["108"][0].Date[..10]);
    }

    [Fact]
    public void Last_night_never_moves_publication_out_of_the_month()
    {
        // Reported on the 31st: `gisteravond` would put publication on 1 June, outside the header's May.
        var province = Tagged("110", "Het provinciebestuur van Drenthe heeft woensdag de vergunning voor de windmolens bij Emmen ingetrokken. "
            + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.", "2023-05-31");
        var windmills = Tagged("109", "Het provinciebestuur van Drenthe heeft gisteravond de vergunning voor de windmolens bij Emmen ingetrokken. "
            + "Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.", "2023-05");
        Assert.Equal("2023-05", DateOf(Builder.Build([province, Museum(), windmills, Pool()]), "109")!.Value);
    }

    // Dated only to the month by its header; its lead has no date of its own, so the day of a strong twin sharpens it.
    private static Article Revoked(string lead) => Tagged("113", lead
        + " Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.", "2023-05");

    [Fact]
    public void A_report_of_the_month_takes_its_twins_day()
    {
        var result = Builder.Build([Province(), Museum(), Revoked("Het provinciebestuur van Drenthe trok de vergunning voor de windmolens bij Emmen in."), Pool()]);
        Assert.Equal(("2023-05-16", "refined"), (DateOf(result, "113")!.Value, DateOf(result, "113")!.Source));
    }

    [Theory]
    [InlineData("Het provinciebestuur van Drenthe heeft dinsdag de vergunning voor de windmolens bij Emmen opnieuw ingetrokken.",
        "Het provinciebestuur van Drenthe trok de vergunning voor de windmolens bij Emmen in.")]
    [InlineData("Het provinciebestuur van Drenthe heeft dinsdag de vergunning voor de windmolens bij Emmen ingetrokken.",
        "Het provinciebestuur van Drenthe trok de vergunning voor de windmolens bij Emmen nogmaals in.")]
    public void A_repeated_act_lends_no_day_to_a_report_of_its_month(string dayLead, string monthLead)
    {
        // The same act by the same actors in the same month, said to recur: it may have happened twice that month, so
        // the month's report keeps its month rather than take the other report's day.
        var province = Tagged("100", dayLead
            + " Gedeputeerde Karin Veenstra noemde het besluit onvermijdelijk na de uitspraak van de rechter over de geluidsnormen.", "2023-05-16");
        var result = Builder.Build([province, Museum(), Revoked(monthLead), Pool()]);
        Assert.Equal("2023-05", DateOf(result, "113")!.Value);
    }

    [Theory]
    [InlineData("Minister Jansen gaat in hoger beroep tegen de uitspraak van de rechtbank over de windmolens bij Emmen.", "2023")]
    [InlineData("Minister Jansen is in hoger beroep gegaan tegen de uitspraak van de rechtbank over de windmolens bij Emmen.", "2023-05")]
    public void A_plan_dates_the_report_of_its_outcome_no_earlier_than_its_year(string dated, string expected)
    {
        // The appeal announced in May was decided weeks or months later: the article that reports the decision is no
        // older than the announcement, and its month is not the announcement's.
        var announced = Tagged("120", dated + " De provincie Drenthe reageerde teleurgesteld op het besluit van de minister.", "2023-05-16");
        var decided = Undated("121", "Het gerechtshof heeft in het hoger beroep van minister Jansen over de windmolens bij Emmen uitspraak gedaan. "
            + "De uitspraak van de rechtbank blijft in stand.");
        var date = DateOf(Builder.Build([announced, Museum(), decided, Pool()]), "121")!;
        Assert.Equal((expected, "dossier", true), (date.Value, date.Source, date.Estimated));
        Assert.Equal(expected.Length == 4, date.Evidence!.Contains("no older than", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_that_says_what_should_happen_dates_nothing()
    {
        // A wish or duty (`wil`, `moet`) may be written months or years before the happening another article dates.
        var wish = Undated("111", "Het provinciebestuur van Drenthe wil de vergunning voor de windmolens bij Emmen intrekken, "
            + "tot opluchting van omwonenden en tot woede van de ontwikkelaar.");
        var done = Undated("112", "Het provinciebestuur van Drenthe heeft de vergunning voor de windmolens bij Emmen ingetrokken, "
            + "tot opluchting van omwonenden en tot woede van de ontwikkelaar.");
        var result = Builder.Build([Province(), Museum(), wish, done, Pool()]);
        Assert.Null(DateOf(result, "111"));
        Assert.Equal("2023-05", DateOf(result, "112")?.Value);
    }

    [Fact]
    public void A_weekday_that_cannot_be_the_reported_day_dates_nothing()
    {
        var windmills = Undated("103", "Het provinciebestuur van Drenthe heeft donderdag de vergunning voor de windmolens bij Emmen ingetrokken, "
            + "tot opluchting van omwonenden.");
        Assert.Null(DateOf(Builder.Build([Province(), Museum(), windmills, Pool()]), "103"));
    }

    [Fact]
    public void An_article_about_something_else_stays_undated()
    {
        var result = Builder.Build([Province(), Museum(), Pool()]);
        Assert.Null(DateOf(result, "105"));
        Assert.Empty(result.EventsByArticle["105"]);
    }

    [Fact]
    public void A_report_dated_to_the_month_dates_the_article_to_that_month()
    {
        var cabinet = Tagged("200", "Het kabinet heeft woensdag besloten de maximumsnelheid op de snelwegen overdag te verlagen naar honderd kilometer per uur. "
            + "Premier Rutte sprak van een pijnlijke maar noodzakelijke maatregel.", "2022-11");
        var speed = Undated("201", "Overdag gaat de maximumsnelheid op de snelwegen omlaag naar honderd kilometer per uur. "
            + "Rutte noemde het vanmorgen een pijnlijke maatregel die niemand leuk vindt.");
        var result = Builder.Build([cabinet, Museum(), speed, Pool()]);
        var date = DateOf(result, "201")!;
        Assert.Equal("2022-11", date.Value);
        Assert.True(date.Estimated);
        var headline = result.EventsByArticle["201"][0];
        Assert.True(headline.IsHeadline);
        Assert.Equal("2022-11", headline.Date);
        Assert.True(headline.Estimated);
    }

    [Fact]
    public void A_year_inferred_from_the_text_is_a_lower_bound()
    {
        // `werd in 2024 verleend` makes the finder infer 2024: a report of May 2023 cannot date it.
        var windmills = Tagged("106", "De vergunning voor de windmolens bij Emmen is dinsdag ingetrokken door het provinciebestuur van Drenthe. "
            + "De vergunning werd in 2024 verleend na jaren van overleg.");
        Assert.Equal("inferred", windmills.Date!.Source);
        Assert.Equal("2024", DateOf(Builder.Build([Province(), Museum(), windmills, Pool()]), "106")!.Value);
    }

    [Fact]
    public void A_given_date_is_never_replaced_from_the_dossier()
    {
        var windmills = Tagged("107", "De vergunning voor de windmolens bij Emmen is dinsdag ingetrokken door het provinciebestuur van Drenthe. "
            + "Omwonenden reageerden opgelucht op het besluit van gedeputeerde Veenstra.", "2023-06");
        Assert.Equal("2023-06", DateOf(Builder.Build([Province(), Museum(), windmills, Pool()]), "107")!.Value);
    }

    [Fact]
    public void Dates_do_not_depend_on_input_order_or_threads()
    {
        var windmills = Undated("101", "De vergunning voor de windmolens bij Emmen is dinsdag ingetrokken door het provinciebestuur van Drenthe. "
            + "Omwonenden reageerden opgelucht op het besluit van gedeputeerde Veenstra.");
        var late = Undated("102", "Het provinciebestuur van Drenthe heeft gisteravond de vergunning voor de windmolens bij Emmen ingetrokken, "
            + "tot opluchting van omwonenden en tot woede van de ontwikkelaar.");
        static string Dates(TimelineResult r) => string.Join(";", r.Articles.OrderBy(a => a.Id).Select(a => $"{a.Id}={a.Date?.Value}|{a.Date?.Evidence}"));
        var one = Dates(Builder.Build([Province(), Museum(), windmills, late, Pool()]));
        var other = Dates(new TimelineBuilder(Tagger, 4).Build([Pool(), late, windmills, Museum(), Province()]));
        Assert.Equal(one, other);
        Assert.Contains("101=2023-05-16", one);
    }
}
