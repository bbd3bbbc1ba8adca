using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>Main clauses that only say how things are, with sentences written for the test, and ones that report.</summary>
public class StateClauseTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.For("nl");

    [Theory]
    [InlineData("De opening is van een lange en zware verbouwing.", true)]
    [InlineData("De wethouder heeft nu een jaar om de begroting rond te krijgen.", true)]
    [InlineData("De schade aan de dijk was enorm.", true)]
    // An ordinal before a noun is no past form (`tweede` ends like `stemde`); an infinitive after `te` is no participle.
    [InlineData("De Tweede Kamer is deze maand nog met zomerreces.", true)]
    [InlineData("De derde fabriek in de haven was jarenlang een doorn in het oog.", true)]
    [InlineData("Officieel is het parlement met vakantie, maar daar is weinig van te merken.", true)]
    // A pronominal adverb (`eruit`, `ertegen`) ends like a participle but is none.
    [InlineData("Het college van burgemeester en wethouders is eruit.", true)]
    [InlineData("Een ruime meerderheid van de raad is ertegen.", true)]
    // A participle, where Dutch puts it or by its form, makes it a report.
    [InlineData("De wethouder is benoemd tot burgemeester van Zaandam.", false)]
    [InlineData("De raad heeft het aanbod aanvaard om de bouw te versnellen.", false)]
    [InlineData("De raad heeft in maart het besluit genomen.", false)]
    [InlineData("De directie is vrijdag opgestapt, na een lange ruzie.", false)]
    // Another finite verb.
    [InlineData("De wethouder opende het zwembad.", false)]
    // A relative clause to the end may hold the main clause's verbs.
    [InlineData("De inspectie heeft alle ovens in Velsen waarbij rook vrijkomt laten stilzetten.", false)]
    public void A_main_clause_with_only_is_or_heeft_and_no_participle_is_a_state(string sentence, bool state) =>
        Assert.Equal(state, StateClause.HoldsForMain(ClauseMap.Of(sentence, Lexicon.Syntax, []), Lexicon.Syntax));
}
