using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>A subordinate clause that reports a happening of its own, put in main-clause order without its date.</summary>
public class ClauseRewriterTests
{
    private static readonly EventLexicon Lexicon = EventLexicon.For("nl");
    private static readonly ClauseRewriter Rewriter = new(Lexicon);

    private static string? Rewrite(string sentence, string date)
    {
        var at = sentence.IndexOf(date, StringComparison.Ordinal);
        var map = ClauseMap.Of(sentence, Lexicon.Syntax, [(at, at + date.Length)]);
        var clause = map.SubordinateAt(at);
        Assert.NotNull(clause);
        return Rewriter.MainClause(map, clause, (at, at + date.Length));
    }

    [Theory]
    // An adverbial clause: the subject after the conjunction, the finite verb from the end to second place.
    [InlineData("Nadat de rechtbank in 2019 de vergunning vernietigde, lag de bouw twee jaar stil.", "2019", "De rechtbank vernietigde de vergunning")]
    // A complement clause whose pronoun subject is the main clause's subject.
    [InlineData("De 58-jarige burgemeester Jansen maakte vrijdag bekend dat hij op 1 mei vertrekt.", "1 mei", "De 58-jarige burgemeester Jansen vertrekt")]
    // … also when an agency's place dateline opens the sentence.
    [InlineData("UTRECHT - De 58-jarige burgemeester Jansen maakte vrijdag bekend dat hij op 1 mei vertrekt.", "1 mei", "De 58-jarige burgemeester Jansen vertrekt")]
    [InlineData("DEN HAAG (ANP) - Minister De Vries heeft gezegd dat ze in juni vertrekt.", "juni", "Minister De Vries vertrekt")]
    // An object relative: the antecedent becomes the object.
    [InlineData("De wethouder houdt zich aan afspraken die de provincie in 1998 maakte.", "1998", "De provincie maakte afspraken")]
    // A separable verb written as one word at the end of the clause: the particle goes last; the antecedent keeps its
    // `van` phrase, and a number with a decimal comma is one word.
    [InlineData("De minister zei dat de raad het plan op 4 mei aannam.", "4 mei", "De raad nam het plan aan")]
    [InlineData("Het bedrijf gaat niet in beroep tegen de boete van 2,5 miljoen euro die de toezichthouder gisteren oplegde, zo laat de directeur weten.", "gisteren", "De toezichthouder legde de boete van 2,5 miljoen euro op")]
    [InlineData("Het onderzoek gaat over de helikopter die op 17 juli neerstortte.", "17 juli", "De helikopter stortte neer")]
    // A `dat` with no subject after it, after a neuter noun, is the relative pronoun.
    [InlineData("Het onderzoek gaat over het toestel dat op 17 juli neerstortte.", "17 juli", "Het toestel stortte neer")]
    [InlineData("De Kamer steunt het akkoord dat in 2019 werd gesloten.", "2019", "Het akkoord werd gesloten.")]
    // A listed separable verb with a particle that as often starts an inseparable one splits; `overleed` does not.
    [InlineData("De partij meldt dat de wethouder in maart het dossier overnam.", "maart", "De wethouder nam het dossier over")]
    [InlineData("De raad herdacht de burgemeester die in maart plotseling overleed.", "maart", "De burgemeester overleed plotseling")]
    // A Latinate or listed inseparable verb has no particle.
    [InlineData("De minister zei dat de burgemeester de raad op 4 mei informeerde.", "4 mei", "De burgemeester informeerde de raad")]
    [InlineData("De minister zei dat het instituut de daling in 2020 voorspelde.", "2020", "Het instituut voorspelde de daling")]
    // An object relative whose subject is a function and a name.
    [InlineData("De minister spreekt over de opvangplek die burgemeester Anna de Wit eerder deze week voorstelde.", "eerder deze week", "Burgemeester Anna de Wit stelde de opvangplek voor")]
    // A subject relative: the antecedent is the subject.
    [InlineData("De club, die vorig jaar nog degradeerde, won zondag de beker.", "vorig jaar", "De club degradeerde nog")]
    // A clause broken by a parenthesis ends with its verb after it.
    [InlineData("Het kabinet verwijst naar beloftes die de regio in 2005, na de ramp in Enschede, deed.", "2005", "De regio deed beloftes na de ramp in Enschede")]
    // The finite verb of a verb cluster is the one that is no infinitive.
    [InlineData("Het museum meldt dat de schilderijen in 2021 werden teruggevonden.", "2021", "De schilderijen werden teruggevonden.")]
    public void Puts_the_clause_in_main_clause_order(string sentence, string date, string expected) =>
        Assert.Equal(expected, Rewrite(sentence, date));

    [Theory]
    // Which of the coordinated nouns the clause is about is not clear: rather nothing than a wrong subject.
    [InlineData("Ze spraken over het verdrag tussen Spanje, Portugal en Frankrijk dat in 1986 werd getekend.", "1986")]
    // A `dat` after a verb with no subject after it is no relative pronoun.
    [InlineData("Het kabinet meldt dat in 2019 werd besloten om de subsidie te stoppen.", "2019")]
    // No verb in the clause.
    [InlineData("Volgens het rapport, dat sinds 2020 bestaat als concept en nooit, werd niets gedaan.", "2020")]
    public void Gives_nothing_when_the_clause_cannot_be_read(string sentence, string date)
    {
        var at = sentence.IndexOf(date, StringComparison.Ordinal);
        var map = ClauseMap.Of(sentence, Lexicon.Syntax, [(at, at + date.Length)]);
        if (map.SubordinateAt(at) is { } clause) Assert.Null(Rewriter.MainClause(map, clause, (at, at + date.Length)));
    }
}
