using SiteGen.Cleaning;
using Xunit;

namespace SiteGen.Tests.Cleaning;

/// <summary>Resource integrity: the language data loads, every rule compiles and every rule is exercised by an example above it.</summary>
public class FurnitureRulesTests
{
    [Fact]
    public void Dutch_rules_load_with_unique_names()
    {
        var rules = FurnitureRules.Load("nl").Rules;
        Assert.True(rules.Count >= 15);
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Every_rule_matches_the_quoted_example_in_its_comment()
    {
        var lines = ReadData("furniture.txt");
        var rules = FurnitureRules.Load("nl");
        foreach (var rule in rules.Rules)
        {
            // The comment block above a rule holds examples in double quotes; the first one is the rule's own.
            var comment = lines.Take(rule.Line - 1).Reverse().TakeWhile(l => l.StartsWith('#')).Reverse().ToList();
            var examples = comment.SelectMany(l => l.Split('"').Where((_, i) => i % 2 == 1)).ToList();
            Assert.True(examples.Count > 0, $"rule {rule.Name} has no example");
            var example = examples.Select(e => e.Replace(" ...", "").Replace(" …", "").Trim()).ToList();
            Assert.True(example.Any(e => rule.IsPrefix ? rules.MatchPrefix(e)?.Rule == rule : rules.MatchParagraph(e)?.Rule == rule),
                $"rule {rule.Name} (line {rule.Line}) matches none of: {string.Join(" | ", example)}");
        }
    }

    [Theory]
    [InlineData("NOS Nieuws • vandaag, 16:28 • Aangepast vandaag, 16:52 PVV, VVD, NSC en BBB bereiken akkoord", "PVV, VVD, NSC en BBB bereiken akkoord")]
    [InlineData("Omroep West • 3 mei • Bijgewerkt op 4 mei, 08:10 De dijk bij Wijk breekt door", "De dijk bij Wijk breekt door")]
    [InlineData("NOS Nieuws • vandaag, 09:34 Poetin bezoekt China", "Poetin bezoekt China")]
    public void A_broadcaster_dateline_leaves_with_its_update_stamp(string line, string headline)
    {
        var match = FurnitureRules.Load("nl").MatchPrefix(line);
        Assert.NotNull(match);
        Assert.Equal(headline, line[match.Value.Length..].Trim());
    }

    [Fact]
    public void A_language_without_data_has_no_rules() => Assert.Empty(FurnitureRules.Load("xx").Rules);

    private static string[] ReadData(string name)
    {
        using var stream = typeof(FurnitureRules).Assembly.GetManifestResourceStream($"SiteGen.Resources/nl/{name}")!;
        return new StreamReader(stream).ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
