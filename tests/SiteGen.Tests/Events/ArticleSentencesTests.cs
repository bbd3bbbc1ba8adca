using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

public class ArticleSentencesTests
{
    [Fact]
    public void A_run_on_line_is_cut_into_bounded_pieces_at_spaces_losing_no_words()
    {
        // A scraped page on one line with no sentence ends: without a bound, extraction is quadratic in its length.
        var text = string.Concat(Enumerable.Repeat("de minister sprak op 3 maart 2023 met de premier over de begroting ", 400)).TrimEnd();
        var article = HandMade.Article("long", text, "2023-03-10", ("3 maart 2023", "2023-03-03"));

        var pieces = ArticleSentences.Of(article);

        Assert.True(pieces.Count >= text.Length / ArticleSentences.MaxSentenceLength);
        Assert.All(pieces, p => Assert.InRange(p.End - p.Start, 1, ArticleSentences.MaxSentenceLength));
        Assert.All(pieces, p => Assert.True(p.Start == 0 || text[p.Start - 1] == ' ', "a piece starts after a space"));
        var rejoined = string.Join(" ", pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal(text, rejoined);
    }

    [Fact]
    public void Ordinary_sentences_are_not_cut()
    {
        const string text = "Poetin bezocht vorige week Peking. Xi ontving hem met een staatsbanket.";
        var article = HandMade.Article("short", text, "2024-05-16");
        var pieces = ArticleSentences.Of(article);
        Assert.Equal(["Poetin bezocht vorige week Peking.", "Xi ontving hem met een staatsbanket."], pieces.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void A_lower_case_label_glued_to_a_paragraph_is_not_part_of_its_first_sentence()
    {
        const string text = "verkiezingen De gemeenteraad van Delft heeft een nieuwe burgemeester gekozen.\n\nmaar De Vries had dat niet verwacht.";
        var article = HandMade.Article("label", text, "2024-05-16");
        var pieces = ArticleSentences.Of(article).Select(p => text[p.Start..p.End]).ToList();
        Assert.Equal("De gemeenteraad van Delft heeft een nieuwe burgemeester gekozen.", pieces[0]);
        // A conjunction is no label: the piece stays as it is (and is sorted out as a fragment).
        Assert.StartsWith("maar De Vries", pieces[1]);
    }
}
