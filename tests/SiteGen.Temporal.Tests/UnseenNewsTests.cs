using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>
/// Two short news texts the rules were not written for (the lead's probe, <c>TestData/unseen</c>): every expression
/// listed must come out with exactly this span and value.
/// </summary>
public class UnseenNewsTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Theory]
    [InlineData("a.txt", "2024-06-11", "de derde dinsdag van september", "2024-09-17")]
    [InlineData("a.txt", "2024-06-11", "Prinsjesdag", "2024-09-17")]
    [InlineData("a.txt", "2024-06-11", "donderdag 13 juni", "2024-06-13")]
    [InlineData("a.txt", "2024-06-11", "10.15 uur", "2024-06-13T10:15")]
    [InlineData("a.txt", "2024-06-11", "Zaterdagochtend 8.00 uur", "2024-06-15T08:00")]
    [InlineData("a.txt", "2024-06-11", "maandag", "2024-06-10")]
    [InlineData("a.txt", "2024-06-11", "Komende zomer", "2024-SU")]
    [InlineData("b.txt", "2023-11-01", "18 februari vorig jaar", "2022-02-18")]
    [InlineData("b.txt", "2023-11-01", "vanavond rond 22.00 uur", "2023-11-01T22:00")]
    [InlineData("b.txt", "2023-11-01", "de nacht van donderdag op vrijdag", "2023-11-02TNI")]
    [InlineData("b.txt", "2023-11-01", "een paar dagen", "FUTURE_REF")]
    [InlineData("b.txt", "2023-11-01", "twee weken", "2023-W46")]
    [InlineData("b.txt", "2023-11-01", "vrijdag", "2023-10-27")]
    [InlineData("b.txt", "2023-11-01", "1-11-2023 om 9u11", "2023-11-01T09:11")]
    public void Expression_resolves(string file, string dct, string span, string value)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "unseen", file));
        var matches = Tagger.Analyze(text, new DocumentDate(dct, false, "test")).Matches;
        var found = matches.Where(m => m.Text == span).Select(m => m.Value).ToList();
        Assert.True(found.Count > 0, $"'{span}' not found in {file}: " + string.Join(", ", matches.Select(m => m.Text)));
        Assert.Contains(value, found);
    }
}
