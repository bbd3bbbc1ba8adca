using System.Text.RegularExpressions;
using FsCheck.Xunit;
using SiteGen.Events;
using Xunit;

namespace SiteGen.Tests.Events;

/// <summary>
/// <see cref="KeyWords.Of"/> scans letters by hand; it must find exactly the words the regex <c>\p{L}+</c> finds
/// (merging and anchors depend on them, and cached extractions were made with the regex).
/// </summary>
public class KeyWordsTests
{
    private static readonly HashSet<string> StopWords = ["deze", "heeft", "maar", "over"];

    [Fact]
    public void Words_are_lowercase_letter_runs_of_four_or_more_outside_stop_words_and_exclusions_each_once()
    {
        const string text = "Poetin en Xi ontmoetten elkaar; Xi Jinping heeft Poetin over Oekraïne gesproken, ONTMOETTEN 2024.";
        var excluded = new List<(int, int)> { (text.IndexOf("Xi Jinping", StringComparison.Ordinal), text.IndexOf("Xi Jinping", StringComparison.Ordinal) + 10) };

        Assert.Equal(["poetin", "ontmoetten", "elkaar", "oekraïne", "gesproken"], KeyWords.Of(text, 0, text.Length, excluded, StopWords));
        Assert.Equal(["poetin", "ontmoetten"], KeyWords.Of(text, 0, text.Length, excluded, StopWords, limit: 2));
        // A range cuts words at its edges, as a substring would.
        Assert.Equal(["moetten"], KeyWords.Of(text, text.IndexOf("ontmoetten", StringComparison.Ordinal) + 3, text.IndexOf(" elkaar", StringComparison.Ordinal), [], StopWords));
    }

    [Fact]
    public void Hyphenated_compounds_are_also_written_closed_outside_exclusions_and_stop_words()
    {
        const string text = "De vakbond-onderhandelingen over de haven-cao liepen vast; NAVO-leiders en een ex-minister-president reageerden. Over-over.";
        var excluded = new List<(int, int)> { (text.IndexOf("NAVO", StringComparison.Ordinal), text.IndexOf("NAVO", StringComparison.Ordinal) + 4) };

        Assert.Equal(["vakbondonderhandelingen", "havencao", "exministerpresident"],
            KeyWords.JoinedCompounds(text, 0, text.Length, excluded, new HashSet<string>(StopWords) { "overover" }));
        // The plain words stay what they were: the parts, each on its own.
        Assert.Contains("onderhandelingen", KeyWords.Of(text, 0, text.Length, excluded, StopWords));
    }

    [Fact]
    public void Reports_of_one_compound_in_both_spellings_share_it()
    {
        var extractor = EventExtractor.Create();
        var hyphen = extractor.Extract(HandMade.Article("a", "De Havenstaking-onderhandelingen zijn op 3 maart in Rotterdam begonnen.", "2031-03-03", ("3 maart", "2031-03-03")));
        var closed = extractor.Extract(HandMade.Article("b", "De havenstakingonderhandelingen begonnen op 3 maart.", "2031-03-03", ("3 maart", "2031-03-03")));
        Assert.Contains("havenstakingonderhandelingen", hyphen.Events.Single().KeyWords);
        Assert.Contains("havenstakingonderhandelingen", closed.Events.Single().KeyWords);
    }

    [Property(MaxTest = 500)]
    public bool Finds_the_words_the_regex_finds(string? text, int a, int b, int c, int d)
    {
        text ??= "";
        var (start, end) = Range(text.Length, a, b);
        var excluded = new List<(int, int)> { Range(text.Length, c, d) };
        return KeyWords.Of(text, start, end, excluded, StopWords).SequenceEqual(Reference(text, start, end, excluded));
    }

    private static (int, int) Range(int length, int a, int b)
    {
        var x = length == 0 ? 0 : Math.Abs(a % (length + 1));
        var y = length == 0 ? 0 : Math.Abs(b % (length + 1));
        return (Math.Min(x, y), Math.Max(x, y));
    }

    // The implementation this replaced, kept as the specification.
    private static List<string> Reference(string text, int start, int end, List<(int Start, int End)> excluded)
    {
        var words = new List<string>();
        foreach (Match m in Regex.Matches(text[start..end], @"\p{L}+"))
        {
            var at = start + m.Index;
            if (excluded.Any(x => x.Start < at + m.Length && at < x.End)) continue;
            var word = m.Value.ToLowerInvariant();
            if (word.Length < 4 || StopWords.Contains(word) || words.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }
}
