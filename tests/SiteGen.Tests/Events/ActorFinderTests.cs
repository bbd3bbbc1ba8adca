using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class ActorFinderTests
{
    private static IReadOnlyList<string> Ids(string text, int? year = 2022) =>
        new ActorFinder(ActorGazetteer.For("nl"), text).ActorIds(0, text.Length, year);

    [Fact]
    public void Folds_aliases_of_one_person()
    {
        Assert.Equal(["poetin", "xi-jinping"], Ids("President Vladimir Poetin sprak Xi Jinping. Poetin en Xi lachten."));
    }

    [Fact]
    public void Role_phrases_name_the_person_of_the_events_year()
    {
        const string text = "Dat zei de Amerikaanse president gisteren.";
        Assert.Equal(["biden"], Ids(text, 2022));
        Assert.Equal(["trump"], Ids(text, 2018));
        Assert.Equal(["verenigde-staten"], Ids(text, 1990));
        Assert.Equal(["verenigde-staten"], Ids(text, null));
        Assert.Equal(["poetin"], Ids("De Russische president Vladimir Poetin kwam.", 2022));
    }

    [Fact]
    public void Demonyms_count_only_as_whole_words()
    {
        Assert.Equal(["verenigde-staten"], Ids("Ze hekelen de Amerikaanse invloed."));
        Assert.Empty(Ids("Schepen varen in de Zuid-Chinese Zee en de Sino-Russische grens."));
    }

    [Fact]
    public void Longest_name_wins_and_abbreviations_fold()
    {
        Assert.Equal(["navo"], Ids("de Noord-Atlantische Verdragsorganisatie (NAVO) en het NAVO-lidmaatschap"));
        Assert.Equal(["aukus", "verenigde-staten", "verenigd-koninkrijk", "australie"],
            Ids("het Aukus-pact tussen de VS, het VK en Australië"));
    }

    [Fact]
    public void Finds_people_after_a_role_word_or_named_again_alone()
    {
        Assert.Equal(["ryan-hass", "brookings"], Ids("Dat meent Rusland-kenner Ryan Hass van de denktank Brookings.").Where(id => id != "rusland"));
        Assert.Equal(["pieter-de-vries"], Ids("Dat zei Pieter de Vries tegen de krant. Volgens De Vries is het klaar, aldus Pieter nog."));
    }

    [Theory]
    [InlineData("Het Westen tegenover China. De Olympische Spelen beginnen; de opening van de Spelen bij nacht.")]
    [InlineData("Dat meldden de Financial Times en The Washington Post zondag.")]
    [InlineData("Lees ook de analyse van Jonathan Holslag: het kleine broertje.")]
    [InlineData("Veel Chinese technologie. Nieuwe Wereldorde komt eraan.")]
    public void Capitals_alone_make_no_actor(string text)
    {
        var finder = new ActorFinder(ActorGazetteer.For("nl"), text);
        Assert.Empty(finder.Discovered);
        Assert.DoesNotContain(finder.ActorIds(0, text.Length, 2022), id => id is "het" or "de" or "olympische-spelen");
    }

    [Fact]
    public void Gazetteer_ids_are_ascii_slugs_and_phrases_resolve()
    {
        var gazetteer = ActorGazetteer.For("nl");
        Assert.True(gazetteer.Actors.Count >= 100);
        foreach (var id in gazetteer.Actors.Keys) Assert.Equal(EventSlug.Of(id), id);
        Assert.All(gazetteer.Phrases, p => Assert.True(gazetteer.Actors.ContainsKey(p.ActorId)));
        Assert.Equal("xi-jinping", EventSlug.Of("Xi Jinping"));
        Assert.Equal("australie", EventSlug.Of("Australië"));
    }

    private static IReadOnlyList<string> Acting(string text, int? year = 2022)
    {
        var finder = new ActorFinder(ActorGazetteer.For("nl"), text);
        return [.. finder.Acting(0, text.Length, year).Where(id => finder.Lookup(id)?.Kind != ActorKind.Other)];
    }

    private static Actor Actor(string text, string id) =>
        new ActorFinder(ActorGazetteer.For("nl"), text).Actors.Single(a => a.Id == id);

    [Fact]
    public void A_given_name_that_is_also_a_country_word_opens_a_persons_name()
    {
        Assert.Equal(["frans-de-wit"], Acting("Frans de Wit opende dinsdag de nieuwe brug."));
        Assert.Equal(ActorKind.Person, Actor("Frans de Wit opende dinsdag de nieuwe brug.", "frans-de-wit").Kind);
        Assert.Empty(Acting("Een Frans bedrijf kocht de werf."));
        Assert.Equal(["frankrijk"], Acting("Frans leger trok zich terug uit de stad."));
    }

    [Fact]
    public void A_persons_name_after_an_organisations_name_is_a_person_of_its_own()
    {
        const string text = "Volgens de Stichting Schoon Water Karin Bos gaan de acties door.";
        Assert.Equal(["stichting-schoon-water", "karin-bos"], Acting(text));
        Assert.Equal(ActorKind.Person, Actor(text, "karin-bos").Kind);
    }

    [Fact]
    public void Zowel_opening_a_sentence_is_no_part_of_a_name()
    {
        Assert.Equal(["vvd", "cda"], Acting("Zowel de VVD als het CDA stemde tegen het voorstel."));
        Assert.Equal(["onderzoeksraad-voor-de-luchtvaart"], Acting("Zowel Onderzoeksraad voor de Luchtvaart als de piloten zwegen."));
    }

    [Fact]
    public void Chambers_of_parliament_are_institutions_and_common_nouns_stay_nouns_until_the_site_decides()
    {
        const string text = "De Tweede Kamer stemde in met de wet. Daarna boog de senaat zich erover.";
        Assert.Equal(ActorKind.Institution, Actor(text, "tweede-kamer").Kind);
        Assert.Equal(["tweede-kamer", "senaat"], Acting(text));
    }

    [Fact]
    public void A_capital_stands_for_its_country_only_where_it_acts()
    {
        Assert.Equal(["china"], Acting("Peking reageerde woedend op de nieuwe sancties."));
        Assert.Empty(Acting("De delegatie vloog woensdag naar Peking en Moskou."));
        Assert.Empty(Acting("Het Verdrag van Lissabon regelt de uittreding."));
        Assert.Equal(["europese-unie"], Acting("Brussel eist van Rome een nieuwe begroting, meldt de EU-top."));
        Assert.Empty(Acting("Brussel opent een nieuw museum voor strips."));
    }

    [Fact]
    public void Names_in_quotes_as_attributes_or_as_places_do_not_act()
    {
        Assert.Equal(["carla-visser"], Acting("Minister Carla Visser (Financiën, VVD) zei: \"Ik praat niet met Duitsland.\""));
        Assert.Equal(["tjitske-mulder"], Acting("D66-Kamerlid Tjitske Mulder diende in maart een motie in."));
        Assert.Equal(["anne-smit"], Acting("Anne Smit van Greenpeace sprak de demonstranten in Den Haag toe."));
    }

    [Theory]
    // A photo credit at the end of a caption line names no actor; the agency acting in a sentence does.
    [InlineData("Boze ouders voor het Kamergebouw in Den Haag - ANP\n\nDe ouders eisen compensatie.", false)]
    [InlineData("Boze ouders voor het Kamergebouw in Den Haag © ANP\n\nDe ouders eisen compensatie.", false)]
    [InlineData("Dat meldt het ANP op basis van ingewijden.\n\nDe ouders eisen compensatie.", true)]
    public void A_credit_at_the_end_of_a_line_does_not_act(string text, bool acts) =>
        Assert.Equal(acts, Acting(text).Contains("anp"));

    [Fact]
    public void A_body_opening_a_compound_that_is_the_subject_acts_through_it()
    {
        Assert.Equal(["navo"], Acting("De NAVO-top werd dit jaar in Vilnius gehouden."));
        Assert.Equal(["aukus"], Acting("De Aukus-alliantie werd in 2021 opgericht."));
        Assert.Equal(["europese-unie"], Acting("Vorig jaar werd de EU-richtlijn aangescherpt."));
        Assert.Equal(["navo"], Acting("Het bleef onrustig nadat de NAVO-missie was begonnen."));
        // Not the subject, or the compound names a person: the body is an attribute.
        Assert.Equal(["japan"], Acting("Japan steunt de nieuwe NAVO-missie."));
        Assert.Equal(["kabinet"], Acting("Het kabinet sprak over de EU-richtlijn."));
        Assert.Empty(Acting("De NAVO-woordvoerder wilde niets kwijt."));
        Assert.Equal(["tjitske-mulder"], Acting("D66-Kamerlid Tjitske Mulder diende een motie in."));
    }

    [Fact]
    public void A_name_glued_before_a_role_is_the_organisation_the_role_is_held_at()
    {
        const string text = "Volgens Fokker-directeur Henk Dijkstra komen er banen bij. Fokker bevestigde dat dinsdag.";
        Assert.Equal(ActorKind.Organisation, Actor(text, "fokker").Kind);
        Assert.Equal(["henk-dijkstra", "fokker"], Acting(text));
        // A modifier or a portfolio before the role is no organisation.
        Assert.DoesNotContain(new ActorFinder(ActorGazetteer.For("nl"), "Oud-minister Kees Smit en Defensie-woordvoerder Eva Bos zwegen.").Actors, a => a.Id is "oud" or "defensie");
    }

    [Fact]
    public void An_english_name_with_for_is_one_organisation_and_a_countrys_government_ends_a_name()
    {
        const string text = "Council for Europe Shipping (CES) diende een klacht in. De CES wil dat het Britse Ministerie van Handel de Nederlandse regering aanspreekt.";
        Assert.Equal(ActorKind.Organisation, Actor(text, "council-for-europe-shipping").Kind);
        Assert.DoesNotContain(new ActorFinder(ActorGazetteer.For("nl"), text).Actors, a => a.Name.Contains("Nederlandse", StringComparison.Ordinal) && a.Name.Contains("Ministerie", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_after_tussen_are_parties_after_an_agreement_or_talks_and_places_elsewhere()
    {
        Assert.Equal(["verenigde-staten", "japan"], Acting("Het verdrag tussen de Verenigde Staten en Japan werd in 2021 getekend."));
        Assert.Equal(["aukus", "verenigde-staten", "verenigd-koninkrijk", "australie"],
            Acting("Het Aukus-pact tussen de Verenigde Staten, het Verenigd Koninkrijk en Australië kwam in 2021 tot stand."));
        Assert.Equal(["europese-unie", "verenigd-koninkrijk"], Acting("De handelsgesprekken tussen de EU en het VK liepen in mei vast."));
        Assert.Empty(Acting("Vrachtwagens staan in de file op de grens tussen Ierland en Noord-Ierland."));
        Assert.Empty(Acting("De trein rijdt weer tussen Duitsland, het Verenigd Koninkrijk en Frankrijk."));
    }

    [Fact]
    public void Surname_title_and_portfolio_forms_of_one_person_fold_within_an_article()
    {
        const string text = "Staatssecretaris Ruud Verhagen (Toeslagen) erkende de fouten. Verhagen van Financiën kondigde herstel aan. De staatssecretaris wil snel betalen.";
        var ruud = Actor(text, "ruud-verhagen");
        Assert.Contains(ruud.Aliases, a => a.Name == "Verhagen" && a.Because.StartsWith("surname of Ruud Verhagen", StringComparison.Ordinal));
        Assert.Contains("staatssecretaris (Toeslagen)", ruud.Roles);
        Assert.Equal(["ruud-verhagen"], Acting(text));
    }

    [Fact]
    public void An_acronym_defined_in_brackets_or_spelling_a_body_names_that_body()
    {
        const string text = "De Autoriteit Persoonsgegevens (AP) beboette de gemeente. AP-voorzitter Aleid Wolfsen lichtte het besluit toe. Daarna ging de AP in beroep.";
        Assert.Equal(["autoriteit-persoonsgegevens", "aleid-wolfsen"], Acting(text));
        Assert.Contains(Actor(text, "autoriteit-persoonsgegevens").Aliases, a => a.Name == "AP");
        const string spelled = "De Nederlandse Voedselbank Federatie deelde pakketten uit. Woensdag maakte de NVF nieuwe cijfers bekend.";
        Assert.Equal(["nederlandse-voedselbank-federatie"], Acting(spelled));
    }

    [Fact]
    public void A_pronoun_or_role_refers_back_only_when_one_actor_of_the_paragraph_fits()
    {
        const string one = "Burgemeester Femke Halsema opende het debat.\n\nDe stad krijgt geld. Zij noemde het een goede dag.";
        Assert.Empty(new ActorFinder(ActorGazetteer.For("nl"), one).Acting(one.IndexOf("Zij", StringComparison.Ordinal), one.Length, 2022));
        const string same = "Burgemeester Femke Halsema opende het debat. Zij noemde het een goede dag.";
        Assert.Equal(["femke-halsema"], new ActorFinder(ActorGazetteer.For("nl"), same).Acting(same.IndexOf("Zij", StringComparison.Ordinal), same.Length, 2022));
        const string two = "Minister Jan de Boer sprak met minister Piet Bakker. Hij wilde meer geld.";
        Assert.Empty(new ActorFinder(ActorGazetteer.For("nl"), two).Acting(two.IndexOf("Hij", StringComparison.Ordinal), two.Length, 2022));
        const string role = "Minister Jan de Boer sprak met burgemeester Piet Bakker. De minister wilde meer geld.";
        Assert.Equal(["jan-de-boer"], new ActorFinder(ActorGazetteer.For("nl"), role).Acting(role.IndexOf("De minister", StringComparison.Ordinal), role.Length, 2022));
    }
}
