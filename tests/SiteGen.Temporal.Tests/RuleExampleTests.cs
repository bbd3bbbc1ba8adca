using SiteGen.Temporal;
using SiteGen.Temporal.Rules;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>Every <c>example</c> line in every rule file of every language runs here.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var language in LanguageResources.AvailableLanguages())
            foreach (var rule in LanguageResources.Load(language).Rules)
                for (var i = 0; i < rule.Examples.Count; i++) data.Add(language, rule.Name, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_example_holds(string language, string ruleName, int index)
    {
        var rule = LanguageResources.Load(language).Rules.Single(r => r.Name == ruleName);
        var example = rule.Examples[index];
        DocumentDate? dct = example.Dct is null ? null : new DocumentDate(example.Dct, false, "test");
        var analysis = TemporalTagger.Create(language).Analyze(example.Text, dct);
        if (example.Span is null)
        {
            Assert.True(analysis.Matches.Count == 0,
                $"{example}: expected no expression, got {string.Join(", ", analysis.Matches.Select(Describe))}");
            return;
        }
        var match = analysis.Matches.FirstOrDefault(m => m.Text == example.Span);
        Assert.True(match is not null, $"{example}: no match '{example.Span}' among {string.Join(", ", analysis.Matches.Select(Describe))}");
        Assert.Equal((example.Type, example.Value, example.Mod), (match.Type, match.Value, match.Mod));
        if (!rule.IsSilent) Assert.Equal(rule.Name, match.Rule);
    }

    private static string Describe(TemporalMatch m) => $"[{m.Text}] {m.Type} {m.Value} {m.Mod} ({m.Rule})";
}
