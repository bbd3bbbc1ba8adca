using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>
/// When reports are one happening: words and actors weighted by their rarity among the articles, compatible dates,
/// no conflicting classes of happening. Ten filler articles make the generic words of a dossier common.
/// </summary>
public class MergeRulesTests
{
    private static readonly string[] Generic = ["kabinet", "minister", "provincie", "boeren", "regels", "miljoen", "nederland"];

    private static ExtractedEvent Report(string article, string date, string[] words, string[]? actors = null, string[]? predicates = null, bool headline = false,
        TimexMod mod = TimexMod.None, DayOfWeek? weekday = null, string sentence = "zin", TimexPeriod? window = null)
    {
        var e = new ArticleEvent(article, headline, date, TimexValue.PrecisionOf(date), mod, false, false, "tekst", 0, 10, -1, -1, actors ?? []);
        return new ExtractedEvent(e, sentence, actors ?? [], words) { Predicates = predicates ?? [], Weekday = weekday, Window = window };
    }

    private static List<ExtractedEvent> WithFillers(params ExtractedEvent[] reports) =>
    [
        .. reports,
        .. Enumerable.Range(0, 10).Select(i => Report($"f{i:D2}", $"2023-0{1 + i % 5}-1{i % 9}", [.. Generic, $"vulwoord{i}"], ["nederland"])),
    ];

    private static EventCluster ClusterOf(IReadOnlyList<EventCluster> clusters, string article) =>
        clusters.Single(c => c.Members.Any(m => m.Event.ArticleId == article));

    private static string[] ArticlesWith(IReadOnlyList<EventCluster> clusters, string article) =>
        [.. ClusterOf(clusters, article).Members.Select(m => m.Event.ArticleId).Order(StringComparer.Ordinal)];

    [Fact]
    public void Two_reports_in_the_same_rare_words_are_one_happening_without_a_shared_actor()
    {
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2023-04-12", ["zuivelfabriek", "boete", "mestfraude", "kabinet", "lozingen"]),
            Report("b", "2023-04-12", ["boete", "zuivelfabriek", "mestfraude", "minister", "rechter"])));
        var merged = ClusterOf(clusters, "a");
        Assert.Equal(["a", "b"], merged.Members.Select(m => m.Event.ArticleId).Order());
        var reason = Assert.Single(merged.Reasons);
        Assert.Empty(reason.SharedActors);
        Assert.Equal(["boete", "mestfraude", "zuivelfabriek"], reason.SharedWords.Order());
        Assert.True(reason.Score >= MergeRules.MinScore);
    }

    [Fact]
    public void A_second_copy_of_one_text_does_not_keep_a_third_article_out_of_its_item()
    {
        // The copies share many words no other article has: counted per file, those would be the rarest tokens of the
        // copies' reports and take every anchor, so the third report, sharing only the happening's words, found none.
        string[] own = ["persbericht", "woordvoerder", "schikking", "fabrieksterrein", "meetpunt", "emissierechten", "controleurs", "rapportage", "tekortkomingen", "herstelplan"];
        string[] happening = ["zuivelfabriek", "mestfraude", "boete"];
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("wire", "2023-04-12", [.. own, .. happening]),
            Report("wire-kopie", "2023-04-12", [.. own, .. happening]),
            Report("other", "2023-04-12", [.. happening, "rechter", "lozingen"])));
        Assert.Equal(["other", "wire", "wire-kopie"], ClusterOf(clusters, "other").Members.Select(m => m.Event.ArticleId).Order());
    }

    [Fact]
    public void Words_every_article_has_make_no_happening_one()
    {
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2023-04-12", ["kabinet", "minister", "provincie", "boeren", "stikstof"], ["nederland"]),
            Report("b", "2023-04-12", ["kabinet", "minister", "provincie", "boeren", "natuur"], ["nederland"])));
        Assert.Single(ClusterOf(clusters, "a").Members);
    }

    [Theory]
    [InlineData(100, 2)]
    [InlineData(200, 1)]
    public void Words_common_in_a_large_archive_anchor_no_happening(int textsWithTheWords, int expectedMembers)
    {
        // Two reports of one day sharing four words, in an archive of 2,000 texts. In 100 of them the words are rare
        // enough to anchor; in 200 (more than MaxAnchorTexts) they are the archive's everyday vocabulary and anchor
        // nothing, though together they would still weigh enough (4 x ln(2001 / 200.5) > 1.25 x ln(2001 / 2.5)).
        // The ceiling is what keeps the merge linear at 10,000 articles.
        Assert.InRange(MergeVocabulary.MaxAnchorTexts, 100, 199);
        string[] words = ["zuivelfabriek", "mestfraude", "boete", "lozingen"];
        // Their day is common too: 300 texts without the words report something else on it.
        var others = Enumerable.Range(0, 1998).Select(i => i < textsWithTheWords - 2
            ? Report($"o{i:D4}", $"20{10 + i % 10}-0{1 + i % 9}-1{i % 9}", [.. words, $"eigen{i}"])
            : Report($"o{i:D4}", i < 500 ? "2023-04-12" : $"20{10 + i % 10}-0{1 + i % 9}-1{i % 9}", [$"eigen{i}", $"ander{i}"]));
        var clusters = new IndexedEventMerger().Merge([
            Report("a", "2023-04-12", [.. words, "kabinet"]),
            Report("b", "2023-04-12", [.. words, "minister"]),
            .. others]);
        Assert.Equal(expectedMembers, ClusterOf(clusters, "a").Members.Count);
    }

    [Theory]
    [InlineData("resign", "survive")]
    [InlineData("announce", "pay")]
    public void Reports_naming_different_happenings_never_merge(string one, string other)
    {
        string[] words = ["wethouder", "motie", "wantrouwen", "gemeenteraad", "zwembad"];
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2023-04-12", words, ["de-vries"], [one]),
            Report("b", "2023-04-12", words, ["de-vries"], [other]),
            Report("c", "2023-04-12", words, ["de-vries"], [one])));
        Assert.Equal(["a", "c"], ClusterOf(clusters, "a").Members.Select(m => m.Event.ArticleId).Order());
        Assert.Single(ClusterOf(clusters, "b").Members);
        Assert.Equal(one, ClusterOf(clusters, "a").Reasons[0].Predicate);
    }

    [Fact]
    public void Reports_in_other_words_that_one_actor_does_one_rare_thing_are_one_happening()
    {
        // "Het VK verlaat om middernacht de EU" / "De Britten zijn uit de EU gestapt": nothing in common but the actors,
        // named in every article of the dossier, and the class of happening, which only these two articles say of the UK.
        ExtractedEvent Left(string article, string date, string[] words, string actor, string[] predicates) =>
            Report(article, date, words, [actor, "europese-unie"], predicates);
        var clusters = new IndexedEventMerger().Merge([
            .. Enumerable.Range(0, 10).Select(i => Left($"f{i:D2}", $"2019-0{1 + i % 5}-1{i % 9}", [$"vulwoord{i}", "brexit"], "verenigd-koninkrijk", [])),
            Left("a", "2020-01-31", ["middernacht", "formeel", "overgangsperiode"], "verenigd-koninkrijk", ["leave"]),
            Left("b", "2020-01", ["gestapt", "handelsrelatie", "douane"], "verenigd-koninkrijk", ["leave"]),
            // The same actors in other words naming no class: the actors alone are not one happening.
            Left("c", "2020-01", ["vrachtwagens", "grens", "wachttijden"], "verenigd-koninkrijk", []),
            // The same class said of another actor: what happened is not shared.
            Report("d", "2020-01", ["vertrek", "parlement", "referendum"], ["schotland"], ["leave"])]);
        Assert.Equal(["a", "b"], ArticlesWith(clusters, "a"));
        Assert.Equal("leave", ClusterOf(clusters, "b").Reasons[0].Predicate);
        Assert.All(new[] { "c", "d" }, alone => Assert.Equal([alone], ArticlesWith(clusters, alone)));
    }

    [Fact]
    public void Two_reports_of_one_amount_in_other_words_are_one_happening()
    {
        // The fine and what the fined service must pay: nothing rare in common but the amount, in a dossier where the
        // water board pays euros every month. Another payment of that year, of another amount, stays apart.
        var payments = Enumerable.Range(0, 6).Select(i => Report($"p{i}", $"2023-0{1 + i}", ["euro", "betalen", $"project{i}"], ["waterschap"],
            sentence: $"Het waterschap moet {i + 2} miljoen euro betalen voor project {i}."));
        var clusters = new IndexedEventMerger().Merge(WithFillers([.. payments,
            Report("a", "2023-11", ["toezichthouder", "boete", "miljoen", "euro", "privacyregels"], ["waterschap"],
                sentence: "De toezichthouder legde het waterschap in november een boete op van 3,4 miljoen euro wegens het schenden van de privacyregels."),
            Report("b", "2023", ["miljoen", "euro", "betalen", "datalek"], ["waterschap"],
                sentence: "Het waterschap moet dit jaar 3,4 miljoen euro betalen voor het datalek."),
            Report("c", "2023", ["miljoen", "euro", "betalen", "camerabeelden"], ["waterschap"],
                sentence: "Het waterschap moet dit jaar ook 1,2 miljoen euro betalen voor de camerabeelden.")]));
        Assert.Equal(["a", "b"], ArticlesWith(clusters, "a"));
        Assert.Contains("#3,4", ClusterOf(clusters, "a").Reasons[0].SharedWords);
        Assert.Equal(["c"], ArticlesWith(clusters, "c"));
    }

    [Fact]
    public void A_sentence_like_only_a_later_member_does_not_push_out_its_articles_report_of_the_item()
    {
        // The fine of a dairy plant (a, the item's first report), an appeal against it (c) and article b's short
        // report of the fine. b's second sentence is about the appeal: it matches c far better than b's report matches
        // the item, but says nothing of the fine itself, so b keeps its place with its report of the fine.
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2023-04-12", ["zuivelfabriek", "mestfraude", "boete", "lozingen", "sloot"]),
            Report("c", "2023-04-12", ["zuivelfabriek", "mestfraude", "boete", "hoger", "beroep", "advocaat", "uitspraak"]),
            Report("b", "2023-04", ["zuivelfabriek", "mestfraude", "kabinet", "minister", "nederland"]),
            Report("b", "2023-04", ["hoger", "beroep", "advocaat", "uitspraak"])));
        var item = ClusterOf(clusters, "a");
        Assert.Equal(["a", "b", "c"], item.Members.Select(m => m.Event.ArticleId).Order());
        Assert.Contains("kabinet", item.Members.Single(m => m.Event.ArticleId == "b").KeyWords);
    }

    [Fact]
    public void Taking_up_an_office_in_other_words_is_the_appointment()
    {
        // Nothing in common but the person, named in every article of the dossier: what happened to her is the evidence.
        var lexicon = PredicateLexicon.Load("nl");
        ExtractedEvent Said(string article, string date, string sentence, string[] words, string[] actors) =>
            Report(article, date, words, actors, [.. lexicon.Describe(lexicon.ClassesOf(sentence)).Split('/', StringSplitOptions.RemoveEmptyEntries)]);
        var clusters = new IndexedEventMerger().Merge([
            .. Enumerable.Range(0, 10).Select(i => Report($"f{i:D2}", $"2024-0{1 + i % 5}-1{i % 9}", [$"vulwoord{i}", "partij"], ["mirjam-kuipers"])),
            Said("a", "2024-07-10", "Mirjam Kuipers is woensdag benoemd tot partijvoorzitter.", ["partijvoorzitter"], ["mirjam-kuipers"]),
            Said("b", "2024-SU", "Toen Kuipers deze zomer het leiderschap van de partij overnam van Van Dam, zakte de partij in de peilingen.",
                ["leiderschap", "partij", "peilingen"], ["mirjam-kuipers", "van-dam"]),
            // The same person that summer doing something else.
            Said("c", "2024-SU", "Kuipers sprak deze zomer op het partijcongres over de peilingen.", ["partijcongres", "peilingen"], ["mirjam-kuipers"])]);
        Assert.Equal(["a", "b"], ArticlesWith(clusters, "a"));
        Assert.Equal("appoint", ClusterOf(clusters, "a").Reasons[0].Predicate);
        Assert.Equal(["c"], ArticlesWith(clusters, "c"));
    }

    [Fact]
    public void Announcing_ones_departure_is_a_report_of_leaving()
    {
        // `kondigde zijn vertrek aan` names what it announces: the day's `verlaat de politiek` is that happening, the
        // same month's vote she survived is not.
        var lexicon = PredicateLexicon.Load("nl");
        ExtractedEvent Said(string article, string date, string sentence, string[] words) =>
            Report(article, date, words, ["anna-smit"], [.. lexicon.Describe(lexicon.ClassesOf(sentence)).Split('/', StringSplitOptions.RemoveEmptyEntries)]);
        var clusters = new IndexedEventMerger().Merge([
            .. Enumerable.Range(0, 10).Select(i => Report($"f{i:D2}", $"2023-0{1 + i % 5}-1{i % 9}", [$"vulwoord{i}", "partij"], ["anna-smit"])),
            Said("a", "2023-07-10", "Burgemeester Anna Smit verlaat de politiek.", ["burgemeester", "politiek"]),
            Said("b", "2023-07", "Zo kondigde Smit maandag haar vertrek uit de politiek aan.", ["vertrek", "politiek"]),
            Said("c", "2023-07", "Smit overleefde een motie van wantrouwen in de politiek van de stad.", ["motie", "wantrouwen", "politiek"])]);
        Assert.Equal(["a", "b"], ArticlesWith(clusters, "a"));
        Assert.Equal(["c"], ArticlesWith(clusters, "c"));
    }

    [Fact]
    public void A_short_line_finds_a_long_report_of_the_same_act_by_the_same_actor()
    {
        // "Het VK verlaat de EU" in a long paragraph whose own words are all rarer than what happened (each shared with
        // one other article), and the same act in a short line of a month: what happened anchors them to each other.
        ExtractedEvent Left(string article, string date, string[] words, string[] predicates) =>
            Report(article, date, words, ["verenigd-koninkrijk", "europese-unie"], predicates);
        string[] own = ["middernacht", "formeel", "overgangsperiode", "vuurwerk", "parlementsplein", "klokken", "vlaggen", "feest", "toespraak", "grensposten"];
        var clusters = new IndexedEventMerger().Merge([
            .. Enumerable.Range(0, 10).Select(i => Left($"f{i:D2}", $"2020-01-1{i % 9}", [$"vulwoord{i}", "brexit"], [])),
            Left("long", "2020-01-31", own, ["leave"]),
            Left("short", "2020-01", ["handelsrelatie", "douane"], ["leave"]),
            // Said of the UK once more, years earlier: the act is not the rarest token of the long report.
            Left("earlier", "2016-06-24", ["referendum", "meerderheid"], ["leave"]),
            Report("other", "2021-05-02", own, ["schotland"])]);
        Assert.Equal(["long", "short"], ArticlesWith(clusters, "long"));
    }

    [Fact]
    public void What_an_actor_does_in_many_articles_makes_no_happening_one()
    {
        // The cabinet presents something in every article: "kabinet presenteert" weighs as little as a common word.
        var clusters = new IndexedEventMerger().Merge([
            Report("a", "2023-04-12", ["stikstofkaart", "provincies", "doelen"], ["kabinet"], ["announce"]),
            Report("b", "2023-04-12", ["klimaatfonds", "subsidie", "warmtepomp"], ["kabinet"], ["announce"]),
            .. Enumerable.Range(0, 10).Select(i => Report($"f{i:D2}", $"2023-0{1 + i % 5}-1{i % 9}", [$"vulwoord{i}", "plannen"], ["kabinet"], ["announce"]))]);
        Assert.Single(ClusterOf(clusters, "a").Members);
        Assert.Single(ClusterOf(clusters, "b").Members);
    }

    [Fact]
    public void A_month_report_joins_a_day_item_on_strong_evidence_and_carries_no_weak_match_in()
    {
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("day", "2023-04-12", ["havenstaking", "loodsen", "sluizen", "ijmuiden", "containerschepen"]),
            Report("month", "2023-04", ["havenstaking", "loodsen", "sluizen", "ijmuiden", "vakbond", "cao"]),
            // One happening with the month report at best (the union's demands), nothing shared with the day item.
            Report("weak", "2023-04", ["vakbond", "cao", "lonen", "inflatie", "werkgevers"]),
            Report("thin", "2023-04", ["havenstaking", "kabinet", "minister", "provincie", "reders", "compensatie", "vergoeding", "schade", "rotterdam", "antwerpen"])));
        var day = ClusterOf(clusters, "day");
        Assert.Equal(["day", "month"], day.Members.Select(m => m.Event.ArticleId).Order());
        Assert.Equal("2023-04-12 in 2023-04", day.Reasons[0].SharedDate);
        Assert.Single(ClusterOf(clusters, "weak").Members);
        Assert.Single(ClusterOf(clusters, "thin").Members);
    }

    [Fact]
    public void A_report_of_the_items_own_date_joins_through_any_member()
    {
        // Two reports of one strike on one day in different words, and one that has the words of both: met in article
        // order, the third must join through the second, though it shares little with the first.
        ExtractedEvent[] reports =
        [
            Report("a", "2023-04-12", ["havenstaking", "loodsen", "sluizen", "ijmuiden", "containerschepen"]),
            Report("b", "2023-04-12", ["loodsen", "sluizen", "ijmuiden", "containerschepen", "vakbond", "stakingskas", "looneis", "werkonderbreking"]),
            Report("c", "2023-04-12", ["havenstaking", "vakbond", "stakingskas", "looneis", "werkonderbreking"]),
        ];
        var clusters = new IndexedEventMerger().Merge(WithFillers(reports));
        Assert.Equal(["a", "b", "c"], ClusterOf(clusters, "a").Members.Select(m => m.Event.ArticleId).Order());
        Assert.Equal(
            Reference.PlainEventMergerDescription.Of(new Reference.PlainEventMerger().Merge(WithFillers(reports))),
            Reference.PlainEventMergerDescription.Of(clusters));
    }

    [Fact]
    public void A_report_met_before_the_member_it_matches_joins_it_afterwards()
    {
        // The second report shares one word with the first; the third has the words of both. Met in article order, the
        // second found no group when it came and is tried again once the third has joined the first.
        ExtractedEvent[] reports =
        [
            Report("a", "2023-04-12", ["havenstaking", "loodsen", "sluizen", "ijmuiden", "containerschepen"]),
            Report("b", "2023-04-12", ["havenstaking", "vakbond", "stakingskas", "looneis", "werkonderbreking"]),
            Report("c", "2023-04-12", ["loodsen", "sluizen", "ijmuiden", "containerschepen", "vakbond", "stakingskas", "looneis", "werkonderbreking"]),
        ];
        var clusters = new IndexedEventMerger().Merge(WithFillers(reports));
        Assert.Equal(["a", "b", "c"], ClusterOf(clusters, "a").Members.Select(m => m.Event.ArticleId).Order());
        Assert.Equal(["a", "c", "b"], ClusterOf(clusters, "a").Members.Select(m => m.Event.ArticleId));
        Assert.Equal(
            Reference.PlainEventMergerDescription.Of(new Reference.PlainEventMerger().Merge(WithFillers(reports))),
            Reference.PlainEventMergerDescription.Of(clusters));
    }

    [Fact]
    public void A_year_report_joins_through_a_member_of_the_items_date_on_strong_evidence()
    {
        // The month reports are one ruling in different words; the year report looks back on it in the words of the
        // second one only. Their pair is held to what a year meeting a month demands, so it may join the item.
        ExtractedEvent[] reports =
        [
            Report("a", "2023-04", ["bestuursrechter", "vergunningenstelsel", "onwettig", "habitatrichtlijn"]),
            Report("b", "2023-04", ["bestuursrechter", "vergunningenstelsel", "natuurschade", "bouwstop", "woningbouw"]),
            Report("c", "2023", ["natuurschade", "bouwstop", "woningbouw", "gemeenten"]),
        ];
        var clusters = new IndexedEventMerger().Merge(WithFillers(reports));
        Assert.Equal(["a", "b", "c"], ClusterOf(clusters, "a").Members.Select(m => m.Event.ArticleId).Order());
        Assert.Equal("2023-04 in 2023", ClusterOf(clusters, "a").Reasons[1].SharedDate);
        Assert.Equal(
            Reference.PlainEventMergerDescription.Of(new Reference.PlainEventMerger().Merge(WithFillers(reports))),
            Reference.PlainEventMergerDescription.Of(clusters));
    }

    [Theory]
    [InlineData("2023-04", TimexMod.End, false)]
    [InlineData("2023-11", TimexMod.End, true)]
    [InlineData("2023-04", TimexMod.Start, true)]
    [InlineData("2023-11", TimexMod.Start, false)]
    [InlineData("2023-04", TimexMod.None, true)]
    public void A_report_at_the_start_or_end_of_a_year_meets_only_that_half_of_it(string itemDate, TimexMod mod, bool merged)
    {
        // `eind 2023` is not the strike of April 2023, however alike the words.
        string[] words = ["havenstaking", "loodsen", "sluizen", "ijmuiden", "containerschepen"];
        Assert.Equal(merged ? 2 : 1, MembersWithA(Report("a", itemDate, words), Report("b", "2023", words, mod: mod)));
    }

    // How many reports share a's item, when the plain merger gives the indexed one's clusters.
    private static int MembersWithA(params ExtractedEvent[] reports)
    {
        var clusters = new IndexedEventMerger().Merge(WithFillers(reports));
        Assert.Equal(
            Reference.PlainEventMergerDescription.Of(new Reference.PlainEventMerger().Merge(WithFillers(reports))),
            Reference.PlainEventMergerDescription.Of(clusters));
        return ClusterOf(clusters, "a").Members.Count;
    }

    [Theory]
    [InlineData(DayOfWeek.Wednesday, false)]
    [InlineData(DayOfWeek.Tuesday, true)]
    [InlineData(null, true)]
    public void A_report_of_a_named_weekday_is_not_the_happening_of_a_day_of_another_weekday(DayOfWeek? named, bool merged)
    {
        // `Boeren trokken dinsdag 1 oktober naar het Malieveld` and, in an article dated only by its month, `Den Haag is
        // woensdag een stad belegerd door boeren`: two protests, however alike the words (1 October 2019 was a Tuesday).
        string[] words = ["malieveld", "trekkers", "boerenprotest", "haag", "politie"];
        Assert.Equal(merged ? 2 : 1, MembersWithA(Report("a", "2019-10-01", words), Report("b", "2019-10", words, weekday: named)));
    }

    // `vorige week` in an article dated only October 2019: the tagger says 2019, the happening lies in these weeks.
    private static readonly TimexPeriod LastWeekOfOctober = new(new DateOnly(2019, 9, 17), new DateOnly(2019, 11, 15), DatePrecision.Month);

    [Theory]
    [InlineData("2019-03-12", null, 2)]
    [InlineData("2019-03-12", true, 1)]
    [InlineData("2019-09-30", true, 2)]
    [InlineData("2019-10", true, 2)]
    public void A_week_expression_placed_only_in_its_year_is_the_happening_of_its_weeks_not_of_another_month(string other, bool? window, int members)
    {
        string[] words = ["commissie", "adviesrapport", "veestapel", "halveren", "natuurgebieden"];
        Assert.Equal(members, MembersWithA(Report("a", other, words), Report("b", "2019", words, window: window is null ? null : LastWeekOfOctober)));
    }

    [Theory]
    // `Het is al honderd dagen geleden dat …` counts to the 24th; the vote was on the 23rd.
    [InlineData("2016-06-23", true, 2)]
    [InlineData("2016-06-23", false, 1)]
    [InlineData("2016-07-10", true, 1)]
    public void A_day_counted_round_back_is_the_happening_of_a_day_near_it(string other, bool window, int members)
    {
        string[] words = ["referendum", "meerderheid", "lidmaatschap", "uittreding", "stembureaus"];
        var round = window ? new TimexPeriod(new DateOnly(2016, 6, 19), new DateOnly(2016, 6, 30), DatePrecision.Day) : (TimexPeriod?)null;
        Assert.Equal(members, MembersWithA(Report("a", other, words), Report("b", "2016-06-24", words, window: round)));
    }

    [Fact]
    public void An_item_takes_the_day_said_outright_over_a_day_counted_round()
    {
        string[] words = ["referendum", "meerderheid", "lidmaatschap", "uittreding", "stembureaus"];
        var round = new TimexPeriod(new DateOnly(2016, 6, 19), new DateOnly(2016, 6, 30), DatePrecision.Day);
        // The counted report comes first by article id; the item still takes the other's day.
        var clusters = new IndexedEventMerger().Merge(WithFillers(Report("a", "2016-06-24", words, window: round), Report("b", "2016-06-23", words)));
        var item = TimelineItems.Create(clusters, new HashSet<string>()).Single(x => x.Cluster.Members.Any(m => m.Event.ArticleId == "a")).Item;
        Assert.Equal("2016-06-23", item.Date);
    }

    [Fact]
    public void A_week_expression_placed_only_in_its_year_weighs_evidence_as_a_month_does()
    {
        var b = Report("b", "2019", ["veestapel"], window: LastWeekOfOctober);
        var day = TimexPeriod.Parse("2019-09-30")!.Value;
        var year = TimexPeriod.Parse("2019")!.Value;
        Assert.Equal(MergeRules.MinScoreCoarse, MergeRules.MinScoreFor(year, day, false));
        Assert.Equal(MergeRules.MinScoreContained, MergeRules.MinScoreFor(MergeRules.Weighed(b, year), day, false));
        Assert.Equal(year, MergeRules.Weighed(Report("c", "2019", ["veestapel"]), year));
    }

    [Fact]
    public void Two_month_reports_naming_different_weekdays_never_merge()
    {
        string[] words = ["malieveld", "trekkers", "boerenprotest", "haag", "politie"];
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2019-10", words, weekday: DayOfWeek.Tuesday), Report("b", "2019-10", words, weekday: DayOfWeek.Wednesday),
            Report("c", "2019-10", words, weekday: DayOfWeek.Wednesday)));
        Assert.Equal(["a"], ArticlesWith(clusters, "a"));
        Assert.Equal(["b", "c"], ArticlesWith(clusters, "b"));
    }

    [Fact]
    public void A_compound_shares_its_head_with_the_word_said_alone()
    {
        // `De maximumsnelheid op snelwegen gaat omlaag` and `Het kabinet verlaagt de snelheid op snelwegen`: one
        // measure, though the one word they have in common is `snelwegen`.
        var clusters = new IndexedEventMerger().Merge(WithFillers(
            Report("a", "2019-11", ["maximumsnelheid", "snelwegen", "omlaag"]),
            Report("b", "2019-11", ["snelheid", "snelwegen", "verlaagt"])));
        Assert.Equal(["a", "b"], ArticlesWith(clusters, "a"));
        Assert.Contains("snelheid", Assert.Single(ClusterOf(clusters, "a").Reasons).SharedWords);
    }

    [Fact]
    public void Two_reports_saying_one_compound_do_not_count_its_head_again()
    {
        ExtractedEvent a = Report("a", "2021", ["coalitieakkoord", "stikstofdoel", "peiljaar"]);
        ExtractedEvent b = Report("b", "2021", ["coalitieakkoord", "stikstofdoel", "peiljaar"]);
        ExtractedEvent c = Report("c", "2021", ["akkoord", "stikstofdoel", "peiljaar"]);
        var merger = new IndexedEventMerger();
        merger.Merge(WithFillers(a, b, c));
        Assert.Equal(["coalitieakkoord", "stikstofdoel", "peiljaar"], merger.Compare(a, b)!.SharedWords);
        Assert.Equal(["stikstofdoel", "peiljaar", "akkoord"], merger.Compare(a, c)!.SharedWords);
    }

    [Theory]
    [InlineData("maximumsnelheid", false)]
    [InlineData("snelheid", true)]
    public void A_compounds_head_alone_does_not_give_an_undated_report_its_date(string datedWord, bool dates)
    {
        // An undated article's `De snelheid op snelwegen gaat naar 100 kilometer` meets a dated report of
        // `maximumsnelheid`: three words in common only through the head, too little to take that report's date.
        var undated = Report("u", "2019-11", ["snelheid", "snelwegen", "kilometer"]);
        var dated = Report("d", "2019-11", [datedWord, "snelwegen", "kilometer", "rotmaatregel"]);
        var entries = MergeOrder.Sort(WithFillers(undated, dated)).Select(e => e with { Undated = e.Report == undated }).ToArray();
        var vocabulary = MergeVocabulary.Build(entries);
        var profile = (ExtractedEvent r) => ReportProfile.Create(entries.Single(e => e.Report == r), vocabulary);
        Assert.Equal(dates, ReportProfile.TryMatchUndated(profile(undated), profile(dated), vocabulary, out _));
    }

    [Theory]
    [InlineData("maximumsnelheid", "snelheid")]
    [InlineData("stikstofakkoord", "akkoord")]
    [InlineData("snelheid", null)]
    [InlineData("akkoorden", null)]
    [InlineData("verlagen", null)]
    public void A_compounds_head_is_the_longest_word_of_the_merge_that_ends_it(string word, string? head) =>
        Assert.Equal(head, MergeVocabulary.HeadOf(word, ["snelheid", "akkoord", "heid", "kkoord", "lagen"]));

    [Fact]
    public void Reports_whose_dates_exclude_each_other_never_merge()
    {
        string[] words = ["havenstaking", "loodsen", "sluizen", "ijmuiden", "containerschepen"];
        var clusters = new IndexedEventMerger().Merge(WithFillers(Report("a", "2023-04-12", words), Report("b", "2023-04-13", words)));
        Assert.Single(ClusterOf(clusters, "a").Members);
    }

    [Fact]
    public void The_plain_and_the_indexed_merger_agree_on_these_reports()
    {
        var reports = WithFillers(
            Report("a", "2023-04-12", ["zuivelfabriek", "boete", "mestfraude"], predicates: ["fine"]),
            Report("b", "2023-04", ["zuivelfabriek", "boete", "mestfraude"], ["rabobank"]),
            Report("c", "2023", ["zuivelfabriek", "boete", "mestfraude", "hoger", "beroep"]),
            Report("d", "2023-04-12", ["melkveebedrijf", "beboet"], ["zuivelcoop"], ["fine"]),
            Report("e", "2023-04", ["controle", "mest"], ["zuivelcoop"], ["fine"]));
        Assert.Equal(
            Reference.PlainEventMergerDescription.Of(new Reference.PlainEventMerger().Merge(reports)),
            Reference.PlainEventMergerDescription.Of(new IndexedEventMerger().Merge(reports)));
    }
}
