using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;
using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>
/// The shortcuts that make tagging fast must give the answers of the plain regexes: the cue scanner (one-word cues
/// looked up per word) against the whole cue regexes at every token, the cover sets against what rules really consume.
/// </summary>
public class FastPathTests
{
    private static readonly CompiledLanguage Language = TemporalTagger.Create("nl").Compiled;

    private const string Text = "Hij had gisteren gezegd dat zij werden gekozen, maar de minister wilde niet. Ze spraken woensdag; "
        + "het kabinet zal maandag besluiten. De verenigde naties vonden 2x dat het werkte2 en gebeurde\u0301 niets. "
        + "Heeft hij het al geregeld? Ze WAS er, ze Werd verkozen, toen men kocht en verkocht (zei hij): bedankte, stopten. "
        + "\u0130s het WERD \u212Aocht ZE\u0130 Praatte \u00c9\u00e9n \u017Fprak.";

    public static TheoryData<string> Texts() => new()
    {
        Text,
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "unseen", "a.txt")),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "unseen", "b.txt")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Interpreted_rules_find_what_compiled_rules_find(string text)
    {
        // The site builds with interpreted regexes (no start-up cost); benchmarks and tests mostly use compiled ones.
        var compiled = TemporalTagger.Create("nl", compiled: true);
        var interpreted = TemporalTagger.Create("nl", compiled: false);
        Assert.False(interpreted.Compiled.IsCompiled);
        foreach (var date in new DocumentDate?[] { null, new("2024-06-11", false, "test") })
        {
            var a = compiled.Analyze(text, date);
            var b = interpreted.Analyze(text, date);
            Assert.NotEmpty(a.Matches);
            Assert.Equal(a.Matches, b.Matches);
            Assert.Equal(a.Sentences, b.Sentences);
            Assert.Equal(a.DocumentDate, b.DocumentDate);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Cue_scanner_agrees_with_the_whole_cue_regexes(string text)
    {
        var expander = new RegexExpander(Language.Resources);
        var whole = new[] { CompiledLanguage.FuturePattern, CompiledLanguage.PastPattern, CompiledLanguage.ClauseBreakPattern }
            .Select(p => new Regex(@"\G(?:" + expander.ExpandPattern(p) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToList();
        var candidates = new List<int>();
        var checkedTokens = 0;
        for (var round = 0; round < 2; round++) // the second round answers from the remembered words
            for (var i = 0; i < text.Length; i++)
            {
                if (!Dispatcher.IsTokenStart(text, i)) continue;
                var expected = 0;
                for (var c = 0; c < whole.Count; c++) if (CompiledLanguage.MatchesAt(whole[c], text, i)) expected |= 1 << c;
                Assert.True(expected == Language.CueScanner.At(text, i, candidates), $"cues differ at {i}: '{text[i..Math.Min(text.Length, i + 20)]}'");
                checkedTokens++;
            }
        Assert.True(checkedTokens > 40);
    }

    [Fact]
    public void Cue_branches_tell_words_from_shapes_and_the_rest()
    {
        var branches = CueBranches.Split(@"was|(?:werd|(?!ge)\p{L}{2,16}[dt]en?)|heeft\s[^.]{0,80}?ge\p{L}{2,20}(?:d|t)|[,;]");
        Assert.Equal(["was", "werd", @"(?!ge)\p{L}{2,16}[dt]en?", @"heeft\s[^.]{0,80}?ge\p{L}{2,20}(?:d|t)", "[,;]"], branches);
        Assert.True(CueBranches.IsWord("werd"));
        Assert.False(CueBranches.IsWord("[,;]"));
        Assert.True(CueBranches.IsWordShape(branches[2]));
        Assert.False(CueBranches.IsWordShape(branches[3]));
        Assert.False(CueBranches.IsWordShape("[,;]"));
        Assert.False(CueBranches.IsWordShape(@"(?<=x)ab"));
        Assert.False(CueBranches.IsWordShape(@"a\d"));
    }

    [Fact]
    public void Cover_sets_hold_every_word_a_rule_can_consume()
    {
        var set = CoverSet.Of(@"(?:aan[^\S\r\n]{1,3}het[^\S\r\n]{1,3}begin[^\S\r\n]{1,3})?(?<n>\d{1,2})(?:ste|e)[^\S\r\n]{1,3}eeuw(?=\p{L})");
        Assert.Subset(new HashSet<string> { "aan", "het", "begin", "ste", "e", "eeuw" }, set.Prefixes.ToHashSet());
        Assert.True(set.AnyDigit);
        Assert.True(set.AnyOther); // the gaps
        Assert.False(set.AnyLetter); // the lookahead consumes nothing
        var optional = CoverSet.Of("dagen?|[eë]n");
        Assert.Contains("dage", optional.Prefixes);
        Assert.Contains("ë", optional.Prefixes);
        Assert.True(CoverSet.Of(@"(?-i:\p{Lu})u").AnyLetter);
    }

    [Fact]
    public void The_shortcuts_find_what_trying_every_rule_finds()
    {
        var texts = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "sentences.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('|')[1].Trim())
            .Concat(Language.Rules.SelectMany(r => r.Definition.Examples.Select(e => e.Text)))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "unseen")).Select(File.ReadAllText))
            .Append(Text).ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var fast = Language.FindAll(text).Select(m => (m.Start, m.End, m.Rule.Definition.Name)).ToList();
            var reference = Language.FindAll(text, shortcut: false).Select(m => (m.Start, m.End, m.Rule.Definition.Name)).ToList();
            Assert.True(reference.SequenceEqual(fast), $"'{text}': {string.Join(", ", fast)} instead of {string.Join(", ", reference)}");
            found += fast.Count;
        }
        Assert.True(found > 500, $"only {found} matches in {texts.Count} texts");
    }

    [Fact]
    public void Required_sets_name_a_word_no_match_can_do_without()
    {
        var century = RequiredSet.Of(@"(?:(?<mod>begin|eind)[^\S\r\n]{1,3})?(?:de[^\S\r\n]{1,3})?(?<n>\d{1,2})(?:ste|e)?[^\S\r\n]{1,3}eeuw");
        Assert.Equal(["eeuw"], century!.Prefixes);
        var month = RequiredSet.Of(@"\d{1,2}[^\S\r\n]{1,3}(?<month>januari|februari|feb\.?)(?=x)");
        Assert.Equal(["feb", "februari", "januari"], month!.Prefixes.Order());
        Assert.Null(RequiredSet.Of("recent|onlangs")); // a top-level alternation
        Assert.Null(RequiredSet.Of(@"(?<year>\d{4})")); // digits only
        Assert.Null(RequiredSet.Of(@"(?:jaar)?\d")); // the only word may be left out
    }

    [Fact]
    public void Every_rule_covers_the_words_of_its_own_examples()
    {
        // each example's expression is found through the cover filter: the rule examples test this in full,
        // here the filter alone is checked on the words of every expected span
        var checkedSpans = 0;
        foreach (var (rule, index) in Language.Rules.Select((r, i) => (r, i)))
            foreach (var example in rule.Definition.Examples.Where(e => e.Span is not null))
            {
                var span = example.Span!;
                var m = rule.Regex.Match(span, 0);
                if (!m.Success || m.Length != span.Length) continue; // the example shows another rule at work
                checkedSpans++;
                var into = new List<int>();
                for (var i = 0; i < span.Length; i++)
                {
                    if (!Dispatcher.IsTokenStart(span, i)) continue;
                    Language.CoverDispatcher.Candidates(span, i, into);
                    Assert.True(into.Contains(index), $"rule {rule.Definition.Name} cannot cover '{span[i..]}' in its example '{span}'");
                }
            }
        Assert.True(checkedSpans > 100, $"only {checkedSpans} example spans checked");
    }

    [Fact]
    public void Each_thread_confirms_triggers_with_its_own_regex_and_all_find_the_same()
    {
        var language = TemporalTagger.Create("nl", compiled: false).Compiled;
        var mine = language.Trigger;
        Assert.Same(mine, language.Trigger);
        Regex? other = null;
        var thread = new Thread(() => other = language.Trigger);
        thread.Start();
        thread.Join();
        Assert.NotSame(mine, other);
        var sequential = language.FindAll(Text).Select(m => (m.Start, m.End)).ToList();
        var parallel = new List<(int, int)>[8];
        Parallel.For(0, parallel.Length, i => parallel[i] = language.FindAll(Text).Select(m => (m.Start, m.End)).ToList());
        Assert.All(parallel, found => Assert.Equal(sequential, found));
    }
}
