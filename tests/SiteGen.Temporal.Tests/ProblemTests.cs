using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>Days that do not exist get no value: they come out as <see cref="TemporalProblem"/>s with their span and a reason.</summary>
public class ProblemTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");
    private static readonly DocumentDate Dct = new("2024-05-16", false, "test");

    [Theory]
    [InlineData("Op 31 februari 2022 gebeurde niets.", "31 februari 2022", "February 2022 has 28 days, not 31")]
    [InlineData("Op 29 februari 2023 viel er sneeuw.", "29 februari 2023", "February 2023 has 28 days, not 29")]
    [InlineData("De wet gaat in op 30 februari.", "30 februari", "February has at most 29 days, not 30")]
    [InlineData("Op 31 april stond hij voor de rechter.", "31 april", "April has 30 days, not 31")]
    [InlineData("Het vonnis is gedateerd 31-6-2021 en telt tien pagina's.", "31-6-2021", "June 2021 has 30 days, not 31")]
    [InlineData("Op 31 september 2020 om 14:00 uur begon de zitting.", "31 september 2020 om 14:00 uur", "September 2020 has 30 days, not 31")]
    public void An_impossible_day_is_a_problem_not_a_date(string text, string span, string message)
    {
        var analysis = Tagger.Analyze(text, Dct);
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(span, problem.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), problem.Start);
        Assert.Equal(problem.Start + span.Length, problem.End);
        Assert.Equal(span, text[problem.Start..problem.End]);
        Assert.Equal(message, problem.Message);
        Assert.DoesNotContain(analysis.Matches, m => m.Start < problem.End && problem.Start < m.End);
    }

    [Theory]
    [InlineData("Op 29 februari 2024 viel er sneeuw.")]
    [InlineData("Op 30 april was het Koninginnedag.")]
    [InlineData("De wet gaat in op 31 december.")]
    [InlineData("Er waren 31 april-demonstranten.")]
    public void Real_days_make_no_problem(string text)
    {
        Assert.Empty(Tagger.Analyze(text, Dct).Problems);
    }

    [Fact]
    public void The_first_end_of_an_impossible_range_makes_no_second_problem()
    {
        var analysis = Tagger.Analyze("Van 30 tot 31 april was het museum dicht.", Dct);
        Assert.Equal("31 april", Assert.Single(analysis.Problems).Text);
        Assert.DoesNotContain(analysis.Matches, m => m.Text == "30");
    }

    [Fact]
    public void Problems_are_in_text_order_and_other_dates_still_come_out()
    {
        var analysis = Tagger.Analyze("Op 31 april en 4 mei 2022 en 30 februari 2021 vergaderde de raad.", Dct);
        Assert.Equal(["31 april", "30 februari 2021"], analysis.Problems.Select(p => p.Text));
        Assert.Contains(analysis.Matches, m => m.Text == "4 mei 2022" && m.Value == "2022-05-04");
    }

    [Fact]
    public void An_analysis_built_without_problems_has_none()
    {
        // existing call sites keep compiling: the list is an init property with an empty default
        var analysis = new TemporalAnalysis(null, [], []);
        Assert.Empty(analysis.Problems);
        Assert.Empty(Tagger.Analyze("", Dct).Problems);
    }
}
