using SiteGen.Timeline;
using Xunit;

namespace SiteGen.Tests.Timeline;

/// <summary>Every `example:` line of <c>events/figures.txt</c>: the figures a sentence states, and no date or name.</summary>
public class ReportFiguresTests
{
    public static TheoryData<string> Examples() => [.. ReportFigures.Examples().Select(e => e.Sentence)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_sentence_states_its_figures(string sentence) =>
        Assert.Equal(ReportFigures.Examples().Single(e => e.Sentence == sentence).Figures, ReportFigures.Of(sentence));

    [Fact]
    public void The_file_has_examples_with_and_without_figures()
    {
        Assert.Contains(ReportFigures.Examples(), e => e.Figures.Length > 1);
        Assert.Contains(ReportFigures.Examples(), e => e.Figures.Length == 0);
        Assert.Contains("uur", ReportFigures.DateWords);
    }
}
