using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>The classes of happening <c>events/predicates.tsv</c> finds in sentences written for these tests.</summary>
public class PredicateLexiconTests
{
    private static readonly PredicateLexicon Lexicon = PredicateLexicon.Load("nl");

    [Theory]
    [InlineData("Het Verenigd Koninkrijk verlaat om middernacht de Europese Unie.", "leave")]
    [InlineData("De Britten zijn sinds vannacht uit de EU gestapt.", "leave")]
    [InlineData("De fractie stapte uit de coalitie na het debat.", "leave")]
    [InlineData("Om middernacht stappen de Britten uit de Europese Unie.", "leave")]
    [InlineData("Twee partijen verlieten de coalitie na het debat.", "leave")]
    [InlineData("Griekenland is nooit uit de eurozone uitgetreden.", "leave")]
    [InlineData("De burgemeester vertrekt na tien jaar uit het stadhuis.", "leave")]
    [InlineData("Na twaalf jaar is de directeur vertrokken bij het museum.", "leave")]
    // An announcement names what it announces: `kondigt zijn vertrek aan` is a report of leaving too.
    [InlineData("De premier kondigde maandag zijn vertrek uit de politiek aan.", "announce/leave")]
    [InlineData("De wethouder treedt af na het rapport.", "resign")]
    [InlineData("Het Lagerhuis verwierp de deal met grote meerderheid.", "reject")]
    [InlineData("De minister zegt dat het plan goed is.", "")]
    [InlineData("De wethouder treedt niet af na het rapport.", "")]
    [InlineData("De wethouder is niet afgetreden.", "")]
    [InlineData("De Eerste Kamer stemde niet in met de wet.", "")]
    [InlineData("De partijen hebben geen akkoord bereikt over de lonen.", "")]
    [InlineData("De wethouder trad af, niet vanwege het rapport maar om haar gezondheid.", "resign")]
    [InlineData("Niemand had verwacht dat de minister nog dit jaar zou aftreden.", "resign")]
    [InlineData("De nieuwe burgemeester van Zwolle werd dinsdag op het stadhuis beëdigd.", "appoint")]
    [InlineData("Zij is maandag aangetreden als staatssecretaris van Financiën.", "appoint")]
    [InlineData("De koning werd in de Nieuwe Kerk ingehuldigd.", "appoint")]
    [InlineData("De ministers hebben op het bordes de eed afgelegd.", "appoint")]
    [InlineData("De oud-wethouder nam vorige maand het leiderschap van de partij over.", "appoint")]
    [InlineData("Toen de senator deze zomer het leiderschap van de partij overnam, zakte de steun.", "appoint")]
    [InlineData("Het kabinet volgt het advies van de commissie op.", "")]
    [InlineData("De minister treedt hard op tegen fraude met subsidies aan boeren.", "")]
    [InlineData("Het concern nam vorig jaar een branchegenoot over.", "")]
    public void A_sentence_names_its_class_of_happening(string sentence, string expected) =>
        Assert.Equal(expected, Lexicon.Describe(Lexicon.ClassesOf(sentence)));
}
