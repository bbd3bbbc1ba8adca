using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>
/// Table-driven cases over every construction, in news style across topics: <c>TestData/sentences.tsv</c> holds
/// <c>DCT | sentence | expected span | TYPE | value | mod</c> (span <c>-</c>: the sentence has no expression at all).
/// The expected expression must be found with exactly that span, type, value and mod.
/// </summary>
public class SentenceCaseTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    public static TheoryData<int, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "sentences.tsv"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].StartsWith('#')) continue;
            var f = lines[i].Split('|').Select(p => p.Trim()).ToArray();
            Assert.True(f.Length is 3 or 5 or 6, $"sentences.tsv:{i + 1} needs 3, 5 or 6 fields");
            data.Add(i + 1, f[0], f[1], f[2], f.Length > 3 ? f[3] : "", f.Length > 4 ? f[4] : "", f.Length > 5 ? f[5] : "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_case(int line, string dct, string text, string span, string type, string value, string mod)
    {
        var analysis = Tagger.Analyze(text, dct == "-" ? null : new DocumentDate(dct, false, "test"));
        var found = string.Join(", ", analysis.Matches.Select(m => $"[{m.Text}] {m.Type} {m.Value} {m.Mod}"));
        if (span == "-")
        {
            Assert.True(analysis.Matches.Count == 0, $"line {line}: expected nothing, got {found}");
            return;
        }
        var match = analysis.Matches.FirstOrDefault(m => m.Text == span);
        Assert.True(match is not null, $"line {line}: '{span}' not found; got {found}");
        Assert.Equal((type, value, mod), (SeedScorer.TypeName(match.Type), match.Value, Rules.ModNames.Format(match.Mod) ?? ""));
    }
}
