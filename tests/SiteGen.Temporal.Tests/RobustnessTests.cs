using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>The tagger never throws, keeps its offsets honest and stays linear on hostile input (no timing asserted).</summary>
public class RobustnessTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    private static readonly string[] Pieces =
    [
        "maandag", "4", "feb", "'22", "15:36", "vorig", "jaar", "nu", "Nu", "de", "het", "begin", "eind", "2022", "-", ".",
        ",", " ", "\n", "\r\n", "geleden", "weken", "twee", "om", "uur", "half", "'s", "nachts", "date", "gisteravond",
        "\u00A0", "é", "ë", "😀", "\uD800", "\uDC00", "\u0301", "ß", "İ", "ǅ", "١٢", "٣", "𝟘", "(", ")", "[", "\\", "?",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Pieces),
                Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Never_throws_and_offsets_point_into_the_text() =>
        Prop.ForAll(Texts(), text =>
        {
            var analysis = Tagger.Analyze(text, null);
            return Honest(text, analysis);
        });

    [Property(MaxTest = 200)]
    public Property Arbitrary_unicode_strings_with_a_known_date(string? text) =>
        Prop.ToProperty(Honest(text ?? "", Tagger.Analyze(text ?? "", new DocumentDate("2022-02", false, "test"))));

    [Fact]
    public void Five_megabytes_on_one_line_are_tagged_completely()
    {
        const string chunk = "De minister zei maandag dat de wet op 4 februari 2022 ingaat, twee weken geleden dus; ";
        var repeats = 5_000_000 / chunk.Length;
        var text = new StringBuilder(chunk.Length * repeats).Insert(0, chunk, repeats).ToString();
        var analysis = Tagger.Analyze(text, new DocumentDate("2022-02-10", false, "test"));
        Assert.Equal(3 * repeats, analysis.Matches.Count);
        Assert.All(analysis.Matches.Take(3), m => Assert.Contains(m.Value, new[] { "2022-02-07", "2022-02-04", "2022-W04" }));
        Assert.True(Honest(text, analysis));
    }

    [Fact]
    public void Two_megabytes_of_news_sentences_on_one_line_are_split_tagged_and_resolved()
    {
        // many short sentences on one line: sentence splitting, tense and context must stay local to each sentence
        const string chunk = "Poetin sprak woensdag met Xi in Peking. De Kamer debatteert morgen over de begroting! "
            + "Het akkoord werd op 4 februari 2022 getekend, twee weken geleden. Volgend jaar stijgen de lonen? ";
        var repeats = 2_000_000 / chunk.Length;
        var text = new StringBuilder(chunk.Length * repeats).Insert(0, chunk, repeats).ToString();
        var analysis = Tagger.Analyze(text, new DocumentDate("2022-02-18", false, "test"));
        Assert.Equal(4 * repeats, analysis.Sentences.Count);
        Assert.Equal(5 * repeats, analysis.Matches.Count);
        var expected = new[] { "2022-02-16", "2022-02-19", "2022-02-04", "2022-W05", "2023" };
        Assert.Equal(expected, analysis.Matches.Take(5).Select(m => m.Value));
        Assert.Equal(expected, analysis.Matches.TakeLast(5).Select(m => m.Value));
        Assert.Equal(Tense.Past, analysis.Sentences[^4].Tense);
        Assert.True(Honest(text, analysis));
    }

    [Fact]
    public void A_long_run_of_repeated_date_words_is_tagged_word_by_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("maandag", 100_000));
        var analysis = Tagger.Analyze(text, new DocumentDate("2022-02-04", false, "test"));
        Assert.Equal(100_000, analysis.Matches.Count);
        Assert.All(analysis.Matches, m => Assert.Equal("maandag", m.Text));
    }

    [Fact]
    public void Long_runs_of_digits_separators_and_modifiers_finish()
    {
        foreach (var piece in new[] { "1 ", "1-", "begin ", "de ", "'", "4 feb ", "om ", "nu ", "twee " })
        {
            var text = string.Concat(Enumerable.Repeat(piece, 100_000));
            var analysis = Tagger.Analyze(text, null);
            Assert.True(Honest(text, analysis), piece);
        }
    }

    [Fact]
    public void Empty_and_whitespace_texts_give_nothing()
    {
        Assert.Empty(Tagger.Analyze("", null).Matches);
        Assert.Empty(Tagger.Analyze(" \n\r\n\t", null).Matches);
        Assert.Null(Tagger.Analyze("Geen datum hier.", null).DocumentDate);
    }

    [Fact]
    public void A_failure_names_the_exception_and_the_method_that_threw_and_keeps_the_given_date()
    {
        var given = new DocumentDate("2022-02-04", false, "front-matter");
        var failed = TemporalAnalysis.Failed(given, Record.Exception(Throw));
        Assert.Equal("InvalidOperationException: stuk (in RobustnessTests.Throw)", failed.Failure);
        Assert.Same(given, failed.DocumentDate);
        Assert.Empty(failed.Matches);
    }

    private static void Throw() => throw new InvalidOperationException("stuk");

    // The tagger catches its own bugs into Failure so that a build goes on: here a failure is what is looked for.
    private static bool Honest(string text, TemporalAnalysis analysis)
    {
        if (analysis.Failure is not null) return false;
        var previousEnd = 0;
        foreach (var m in analysis.Matches)
        {
            if (m.Start < previousEnd || m.End <= m.Start || m.End > text.Length) return false;
            if (m.Text != text[m.Start..m.End] || string.IsNullOrEmpty(m.Value)) return false;
            previousEnd = m.End;
        }
        return analysis.Sentences.All(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End);
    }
}
