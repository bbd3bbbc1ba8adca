using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>Folding the actors of several articles into the site's: one actor, one page, every fold explained.</summary>
public class ActorDirectoryTests
{
    // Each text is one article; every actor acting anywhere in it is on one item of its own.
    private static ActorFolding Fold(params string[] texts)
    {
        var gazetteer = ActorGazetteer.For("nl");
        var finders = texts.Select(t => new ActorFinder(gazetteer, t)).ToList();
        var extractions = finders.Select((f, i) => new ArticleExtraction($"a{i}", [], f.Actors));
        var items = finders.Select((f, i) => f.Acting(0, texts[i].Length, 2022));
        return ActorDirectory.Fold(extractions, items, gazetteer);
    }

    private static Actor Page(ActorFolding folding, string id) => Assert.Single(folding.Actors, a => a.Id == id);

    [Fact]
    public void A_surname_alone_in_one_article_joins_the_one_person_of_that_name_in_another()
    {
        var folding = Fold(
            "Minister Sanne Koster (Wonen) presenteerde dinsdag haar plan.",
            "Koster kreeg woensdag veel kritiek van de oppositie.");
        var sanne = Page(folding, "sanne-koster");
        Assert.Equal("Sanne Koster", sanne.Name);
        Assert.Contains(sanne.Aliases, a => a.Name == "Koster" && a.Because.Contains("the only person of that name", StringComparison.Ordinal));
        Assert.Equal("sanne-koster", folding.Canonical["koster"]);
        Assert.Equal(2, sanne.Mentions);
    }

    [Fact]
    public void Two_people_sharing_a_surname_are_never_folded_without_evidence()
    {
        var folding = Fold(
            "Minister Sanne Koster (Wonen) presenteerde dinsdag haar plan.",
            "Wethouder Tom Koster van Utrecht reageerde kritisch.",
            "Koster wilde er verder niets over kwijt.");
        Assert.Contains(folding.Actors, a => a.Id == "sanne-koster");
        Assert.Contains(folding.Actors, a => a.Id == "tom-koster");
        Assert.False(folding.Canonical.ContainsKey("koster"));
    }

    [Fact]
    public void The_role_tells_which_of_two_people_of_one_surname_is_meant()
    {
        var folding = Fold(
            "Minister Sanne Koster (Wonen) presenteerde dinsdag haar plan.",
            "Wethouder Tom Koster van Utrecht reageerde kritisch.",
            "Minister Koster wil voor de zomer duidelijkheid geven.");
        Assert.Equal("sanne-koster", folding.Canonical["koster"]);
    }

    [Fact]
    public void Given_names_spelt_two_ways_and_an_acronym_defined_elsewhere_fold()
    {
        var folding = Fold(
            "Onderhandelaar Michel Lambert sprak dinsdag met de Britten.",
            "Onderhandelaar Michael Lambert reisde vrijdag naar Londen.",
            "De Nationale Dienst Wegbeheer (NDW) sloot de brug. Lambert reageerde nog niet.",
            "De NDW opent de brug volgende week weer.");
        var lambert = Assert.Single(folding.Actors, a => a.Name.EndsWith("Lambert", StringComparison.Ordinal));
        Assert.Contains(lambert.Aliases, a => a.Because.StartsWith("another spelling of", StringComparison.Ordinal));
        var ndw = Page(folding, "nationale-dienst-wegbeheer");
        Assert.Contains(ndw.Aliases, a => a.Name == "NDW");
        Assert.Equal(ndw.Id, folding.Canonical["ndw"]);
    }

    [Fact]
    public void A_committee_named_after_its_chair_is_the_body_that_person_leads()
    {
        var folding = Fold(
            "Het Adviescollege Waterveiligheid onder leiding van oud-minister Petra Hendriks bracht maandag een rapport uit.",
            "De commissie-Hendriks wil dat het kabinet de dijken sneller versterkt.",
            "Volgens de commissie-Hendriks is haast geboden.");
        var body = Page(folding, "adviescollege-waterveiligheid");
        Assert.Contains(body.Aliases, a => a.Name == "commissie-Hendriks" && a.Because.StartsWith("led by Petra Hendriks", StringComparison.Ordinal));
        Assert.DoesNotContain(folding.Actors, a => a.Id == "commissie-hendriks");
    }

    [Fact]
    public void A_common_noun_joins_the_institution_the_site_names()
    {
        var folding = Fold(
            "De Eerste Kamer stemde dinsdag in met de wet.",
            "De senaat debatteerde urenlang met de minister.");
        var senate = Page(folding, "eerste-kamer");
        Assert.Contains(senate.Aliases, a => a.Name == "senaat" && a.Because.Contains("Eerste Kamer", StringComparison.Ordinal));
        Assert.DoesNotContain(folding.Actors, a => a.Id == "senaat");
    }

    [Fact]
    public void A_bare_government_joins_the_government_the_site_names_most()
    {
        var folding = Fold(
            "De Britse regering diende dinsdag een nieuw voorstel in.",
            "De Britse regering wil de onderhandelingen snel afronden.",
            "De regering kreeg woensdag een nederlaag in het parlement.");
        var government = Page(folding, "britse-regering");
        Assert.Equal(ActorKind.Institution, government.Kind);
        Assert.Equal("britse-regering", folding.Canonical[ActorLexicon.GovernmentId]);
    }

    [Fact]
    public void Runs_of_capitals_no_article_confirms_get_no_page()
    {
        var folding = Fold(
            "Het Malieveld stond dinsdag vol tractoren.",
            "Het Malieveld werd woensdag schoongemaakt.");
        Assert.Empty(folding.Actors);
    }

    [Fact]
    public void An_actor_named_in_one_article_and_acting_in_no_item_gets_no_page_but_a_party_in_three_does()
    {
        var gazetteer = ActorGazetteer.For("nl");
        string[] texts = ["Minister Sanne Koster (D66) reisde af.", "Kamerlid Piet Bos (D66) vroeg om uitleg.", "Wethouder Ali Yilmaz (D66) reageerde."];
        var extractions = texts.Select((t, i) => new ArticleExtraction($"a{i}", [], new ActorFinder(gazetteer, t).Actors));
        var folding = ActorDirectory.Fold(extractions, [], gazetteer);
        Assert.Equal(["d66"], folding.Actors.Select(a => a.Id));
    }
}
