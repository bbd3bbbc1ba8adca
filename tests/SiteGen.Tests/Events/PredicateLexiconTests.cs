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
    [InlineData("Griekenland is nooit uit de eurozone uitgetreden.", "leave")]
    [InlineData("De wethouder treedt af na het rapport.", "resign")]
    [InlineData("Het Lagerhuis verwierp de deal met grote meerderheid.", "reject")]
    [InlineData("De minister zegt dat het plan goed is.", "")]
    public void A_sentence_names_its_class_of_happening(string sentence, string expected) =>
        Assert.Equal(expected, Lexicon.Describe(Lexicon.ClassesOf(sentence)));
}
