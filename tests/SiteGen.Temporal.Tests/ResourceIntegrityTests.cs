using System.Text.RegularExpressions;
using SiteGen.Temporal.Resolution;
using SiteGen.Temporal.Rules;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>The shipped language data is whole: everything compiles, every reference resolves, every rule is bounded and has an example.</summary>
public class ResourceIntegrityTests
{
    public static TheoryData<string> Languages() => new(LanguageResources.AvailableLanguages());

    [Fact]
    public void Dutch_is_shipped() => Assert.Contains("nl", LanguageResources.AvailableLanguages());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_pattern_expands_and_compiles(string language)
    {
        var resources = LanguageResources.Load(language);
        var expander = new RegexExpander(resources);
        foreach (var name in resources.Patterns.Keys)
        {
            var regex = expander.ExpandPattern(name);
            _ = new Regex(regex);
            Assert.True(RegexExpander.FindUnboundedQuantifier(regex) is null, $"pattern {name} has an unbounded quantifier: {RegexExpander.FindUnboundedQuantifier(regex)}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_rule_is_bounded_and_its_references_resolve(string language)
    {
        var compiled = TemporalTagger.Create(language).Compiled;
        Assert.NotEmpty(compiled.Rules);
        foreach (var rule in compiled.Rules)
        {
            var where = $"{rule.Definition.File}({rule.Definition.Line}) rule {rule.Definition.Name}";
            Assert.True(RegexExpander.FindUnboundedQuantifier(rule.Source) is null, $"{where}: unbounded quantifier");
            foreach (var template in new[] { rule.Value, rule.Mod }.OfType<ValueTemplate>())
            {
                foreach (var (group, normalizers) in template.References)
                {
                    Assert.True(rule.Groups.ContainsKey(group), $"{where}: value refers to group '{group}' that the match does not have");
                    foreach (var n in normalizers) Assert.True(compiled.Normalizers.Exists(n), $"{where}: unknown normalizer '{n}'");
                }
                foreach (var (function, args) in template.Calls)
                {
                    Assert.Contains(function, ResolutionFunctions.Names);
                    if (function == "rel" && args[0].LiteralText is { } unit) Assert.Contains(unit, ResolutionFunctions.Units);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_rule_has_an_example_and_a_unique_name(string language)
    {
        var rules = LanguageResources.Load(language).Rules;
        foreach (var rule in rules) Assert.True(rule.Examples.Count > 0, $"rule {rule.Name} has no example");
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_table_value_of_the_core_tables_is_usable(string language)
    {
        var tables = LanguageResources.Load(language).Tables;
        foreach (var (name, table) in tables)
            foreach (var (key, value) in table)
                Assert.False(string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value), $"table {name}: empty key or value");
        foreach (var required in new[] { CompiledLanguage.AbbreviationTable })
            Assert.True(tables.ContainsKey(required), $"table {required} is missing");
        var patterns = LanguageResources.Load(language).Patterns;
        foreach (var required in new[] { CompiledLanguage.FuturePattern, CompiledLanguage.PastPattern, CompiledLanguage.ClauseBreakPattern, CompiledLanguage.TriggerPattern })
            Assert.True(patterns.ContainsKey(required), $"pattern {required} is missing");
    }

    [Fact]
    public void Unbounded_quantifiers_are_found()
    {
        Assert.NotNull(RegexExpander.FindUnboundedQuantifier(@"a\d+"));
        Assert.NotNull(RegexExpander.FindUnboundedQuantifier(@"a.*b"));
        Assert.NotNull(RegexExpander.FindUnboundedQuantifier(@"x{2,}"));
        Assert.Null(RegexExpander.FindUnboundedQuantifier(@"[+*]\+\*x{1,3}"));
    }

    [Fact]
    public void Unknown_language_is_refused() =>
        Assert.Throws<ArgumentException>(() => LanguageResources.Load("xx"));
}
