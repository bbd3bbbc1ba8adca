using System.Buffers;
using System.Text.RegularExpressions;
using SiteGen.Temporal.Resolution;
using SiteGen.Temporal.Text;

namespace SiteGen.Temporal.Rules;

/// <summary>
/// The rules of a language compiled once and shared: one small anchored regex per rule (small regexes get fully
/// optimised code; one giant alternation does not), tried only at token starts and only when the token can begin
/// the rule (<see cref="Dispatcher"/>), the rule can consume the trigger token (<see cref="CoverSet"/>) and the words it
/// requires are near (<see cref="RequiredSet"/>). The tense
/// cues the engine needs by name go through a <see cref="CueScanner"/>, which looks most of them up per word.
/// Every rule is bounded (no <c>*</c> or <c>+</c>, checked when the resources are tested) and an attempt sees at most
/// <see cref="Window"/> characters, so an attempt costs a bounded amount and matching is linear in the input by
/// construction. That is why the regexes carry no timeout: a timeout adds a clock check to every backtracking step,
/// about a fifth of the tagging time.
/// </summary>
public sealed class CompiledLanguage
{
    public const string FuturePattern = "tense_future";
    public const string PastPattern = "tense_past";
    public const string ClauseBreakPattern = "clause_break";
    public const string AbbreviationTable = "abbreviation";
    public const string TriggerPattern = "trigger";
    public const string ContinuationPattern = "continuation";
    public const string SignalPastPattern = "signal_past";
    public const string SignalFuturePattern = "signal_future";
    public const string DatelineLeadPattern = "dateline_lead";
    public const string DatelineTailPattern = "dateline_tail";
    public const string SubordinatorPattern = "clause_subordinator";
    public const string DeterminerPrepositionPattern = "clause_determiner_preposition";
    public const string SubjectStartPattern = "clause_subject_start";
    public const string AnniversaryCuePattern = "anniversary_cue";
    public const string TargetCuePattern = "target_cue";
    public const string ComparisonPattern = "comparison";

    /// <summary>How many tokens before a trigger word an expression may start ("aan het begin van de 21ste eeuw").</summary>
    public const int TriggerReach = 5;

    private const RegexOptions Interpreted = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // an expression ends at a word edge: not inside a word or number, not before a hyphen and a letter
    private const string After = @"(?:(?<=\p{L})(?![\p{L}\p{M}\p{N}]|-\p{L})|(?<=\p{N})(?!\p{N}|[.,:]\p{N})|(?<=[^\p{L}\p{N}]))";

    /// <summary>
    /// Longer than any expression a rule can match (rules are bounded). An anchored attempt is given only this much
    /// text after its start: .NET does not always honour a leading <c>\G</c> when it picks its search strategy, and
    /// would otherwise scan to the end of the text before failing.
    /// </summary>
    public const int Window = 256;

    /// <summary>Whether <paramref name="regex"/> (anchored with <c>\G</c>) matches at <paramref name="at"/>, looking at most <see cref="Window"/> ahead.</summary>
    public static bool MatchesAt(Regex regex, string text, int at) =>
        regex.IsMatch(text.AsSpan(0, Math.Min(text.Length, at + Window)), at);

    /// <summary>
    /// Compiles the rules of a language. <paramref name="compiled"/> emits IL for every regex (about two CPU-seconds at
    /// start, then the fastest matching: for many articles); without it the regexes are interpreted (ready at once,
    /// matching about half as fast: for a few articles). Both find exactly the same expressions.
    /// </summary>
    public CompiledLanguage(LanguageResources resources, bool compiled = true)
    {
        var Options = compiled ? Interpreted | RegexOptions.Compiled : Interpreted;
        IsCompiled = compiled;
        Resources = resources;
        Normalizers = new Normalizers(resources.Tables);
        var expander = new RegexExpander(resources);
        // Emitting IL for a rule's regex is the costly part of a compiled start: rules are built on every core, in order.
        var expanded = resources.Rules.Select(rule =>
        {
            var groups = new HashSet<string>(StringComparer.Ordinal);
            return (Rule: rule, Source: expander.ExpandRule(rule.Match, groups), Groups: groups);
        }).ToList();
        var rules = expanded.AsParallel().AsOrdered().Select(x =>
        {
            var (rule, source, groups) = x;
            var regex = new Regex(@"\G(?:" + source + ")" + After, Options, Regex.InfiniteMatchTimeout);
            return new CompiledRule(rule, source, regex, groups.ToDictionary(g => g, regex.GroupNumberFromName, StringComparer.Ordinal),
                ValueTemplate.Parse(rule.Value), rule.Mod is null ? null : ValueTemplate.Parse(rule.Mod), FirstSet.Of(source));
        }).ToList();
        Rules = rules;
        RuleDispatcher = new Dispatcher(rules.Select(r => r.First).ToList());
        CoverDispatcher = new Dispatcher(rules.Select(r => CoverSet.Of(r.Source)).ToList());
        // rules that require the same words share one search; a word is cut before its first letter beyond ASCII (the
        // search gets wider, never narrower) so that the search stays vectorised
        var required = rules.Select(r => RequiredSet.Of(r.Source)?.Prefixes
                .Select(w => new string(w.TakeWhile(char.IsAscii).ToArray())).Distinct().Order(StringComparer.Ordinal).ToArray())
            .Select(words => words is null || words.Any(w => w.Length == 0) ? null : words).ToList();
        var distinct = required.OfType<string[]>().DistinctBy(words => string.Join('|', words)).ToList();
        _requiredSearch = distinct.Select(words => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase)).ToArray();
        _requiredOf = required.Select(words => words is null ? -1 : distinct.FindIndex(d => d.SequenceEqual(words))).ToArray();
        var trigger = expander.ExpandPattern(TriggerPattern);
        TriggerDispatcher = new Dispatcher([FirstSet.Of(trigger)]);
        var triggerSource = @"\G(?:" + trigger + @")(?![\p{L}\p{M}])";
        _trigger = new ThreadLocal<Regex>(() => new Regex(triggerSource, Options, Regex.InfiniteMatchTimeout));
        var cues = new[] { FuturePattern, PastPattern, ClauseBreakPattern }.Select(expander.ExpandPattern).ToList();
        CueScanner = new CueScanner(cues, c => new Regex(@"\G(?:" + c + @")(?![\p{L}\p{N}])", Options, Regex.InfiniteMatchTimeout));
        Continuation = new Regex(@"(?<![\p{L}])(?:" + expander.ExpandPattern(ContinuationPattern) + @")(?![\p{L}])", Options, Regex.InfiniteMatchTimeout);
        Regex Signal(string pattern) =>
            new(@"(?<![\p{L}])(?:" + expander.ExpandPattern(pattern) + @")[^\S\r\n]{1,3}$", Options, Regex.InfiniteMatchTimeout);
        Signals = new SignalWords(Signal(SignalPastPattern), Signal(SignalFuturePattern));
        Comparison = Signal(ComparisonPattern);
        DatelineLead = new Regex(@"^(?:" + expander.ExpandPattern(DatelineLeadPattern) + @")$", Options, Regex.InfiniteMatchTimeout);
        DatelineTail = new Regex(@"^(?:" + expander.ExpandPattern(DatelineTailPattern) + @")$", Options, Regex.InfiniteMatchTimeout);
        Regex Word(string pattern) => new(@"^(?:" + expander.ExpandPattern(pattern) + @")$", Options, Regex.InfiniteMatchTimeout);
        Subordinator = Word(SubordinatorPattern);
        DeterminerPreposition = Word(DeterminerPrepositionPattern);
        SubjectStart = Word(SubjectStartPattern);
        TargetCue = new Regex(@"(?<![\p{L}])(?:" + expander.ExpandPattern(TargetCuePattern) + @")(?![\p{L}])", Options, Regex.InfiniteMatchTimeout);
        AnniversaryCue = new Regex(@"(?<![\p{L}])(?:" + expander.ExpandPattern(AnniversaryCuePattern) + @")(?![\p{L}])", Options, Regex.InfiniteMatchTimeout);
        Abbreviations = resources.Tables.TryGetValue(AbbreviationTable, out var t) ? t.Keys.ToHashSet(StringComparer.Ordinal) : [];
        if (compiled) WarmUp();
    }

    /// <summary>Whether the regexes were compiled to IL (see the constructor).</summary>
    public bool IsCompiled { get; }

    // The first run of a compiled regex includes its JIT; doing it here, on every core, keeps that cost out of the
    // first articles and halves its wall time on two cores.
    private void WarmUp()
    {
        const string sample = "Op 4 februari 2022 om 15:36 uur, vorig jaar.";
        Parallel.ForEach(Rules.Select(r => r.Regex).Concat(CueScanner.Regexes).Append(Trigger), regex => regex.Match(sample, 0));
    }

    private readonly SearchValues<string>[] _requiredSearch;
    private readonly int[] _requiredOf;

    public LanguageResources Resources { get; }

    public Normalizers Normalizers { get; }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public Dispatcher RuleDispatcher { get; }

    /// <summary>Which rules can consume the start of a given token (see <see cref="CoverSet"/>).</summary>
    public Dispatcher CoverDispatcher { get; }

    public Dispatcher TriggerDispatcher { get; }

    /// <summary>
    /// Confirms a trigger word where the trie of prefixes says one may start (whole words, compounds included). One
    /// per thread: it is tried at nearly every word, and a regex keeps a single matching state (its runner) for reuse,
    /// so two threads tagging at once kept taking it from each other and making new ones, each with its backtracking
    /// stacks: most of what loading allocated (issue 22).
    /// </summary>
    public Regex Trigger => _trigger.Value!;

    private readonly ThreadLocal<Regex> _trigger;

    /// <summary>Future, past and clause-break cues, in that order (bits 0, 1 and 2 of <see cref="CueScanner.At"/>).</summary>
    public CueScanner CueScanner { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>A cue that a sentence carries on from the one before (searched just before a clock time; see <see cref="StoryReader"/>).</summary>
    public Regex Continuation { get; }

    /// <summary>Words right before an expression that fix its direction (<c>sinds</c>, <c>uiterlijk</c>).</summary>
    public SignalWords Signals { get; }

    /// <summary>
    /// Words right before an expression that make it the standard of a comparison (<c>meer dan in 2018</c>,
    /// <c>ten opzichte van een jaar eerder</c>): matched against the text before it, up to its start.
    /// </summary>
    public Regex Comparison { get; }

    /// <summary>A lower-case word that may stand before a dateline on its line (matched against one whole word).</summary>
    public Regex DatelineLead { get; }

    /// <summary>A lower-case word that may follow a dateline on its line (matched against one whole word).</summary>
    public Regex DatelineTail { get; }

    /// <summary>A word that opens a subordinate clause, whose tense is its own (<see cref="Text.TenseMap"/>; one whole word).</summary>
    public Regex Subordinator { get; }

    /// <summary>A preposition after which <c>dat</c>/<c>die</c> is a determiner (<c>in dat jaar</c>; one whole word).</summary>
    public Regex DeterminerPreposition { get; }

    /// <summary>A word that can open a clause's subject (<c>de</c>, <c>ze</c>; one whole word).</summary>
    public Regex SubjectStart { get; }

    /// <summary>A word that makes a year named after it in its sentence a target (<c>er moest in 2030</c>), not a report.</summary>
    public Regex TargetCue { get; }

    /// <summary>A word that makes a count of years from a day an anniversary of that day (<c>precies</c>).</summary>
    public Regex AnniversaryCue { get; }

    /// <summary>
    /// Every rule match in text order, without overlaps: at each token start the first rule (in priority order)
    /// that matches. Rules are tried only at the token starts shortly before and at a trigger word, since every
    /// expression holds one; each start is tried once. Two shortcuts skip rules that cannot match and change nothing
    /// else (<paramref name="shortcut"/> off is the reference they are tested against): the tokens before the trigger
    /// hold none, so a match that starts there runs over the trigger and only rules that can consume the trigger
    /// token are tried; and a rule that requires certain words (<see cref="RequiredSet"/>) is tried only when one of
    /// them occurs within a match's reach.
    /// </summary>
    public List<RawMatch> FindAll(string text, bool shortcut = true)
    {
        var found = new List<RawMatch>(text.Length / 256 + 4);
        var candidates = new List<int>();
        var covering = new List<int>();
        var allowed = new bool[Rules.Count];
        var recent = new Queue<int>(TriggerReach + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!Dispatcher.IsTokenStart(text, i)) { i++; continue; }
            if (recent.Count > TriggerReach) recent.Dequeue();
            recent.Enqueue(i);
            if (!IsTrigger(text, i)) { i = SkipToken(text, i); continue; }
            var end = -1;
            if (shortcut)
            {
                CoverDispatcher.Candidates(text, i, covering);
                foreach (var index in covering) allowed[index] = true;
            }
            else Array.Fill(allowed, true);
            while (recent.Count > 0 && end < 0)
            {
                var start = recent.Dequeue();
                var e = TryRules(text, start, candidates, allowed, shortcut, found);
                if (e > start) end = e;
            }
            Array.Clear(allowed);
            recent.Clear();
            i = end > i ? end : SkipToken(text, i);
        }
        return found;
    }

    private bool IsTrigger(string text, int at)
    {
        return TriggerDispatcher.Hits(text, at) && MatchesAt(Trigger, text, at);
    }

    private int TryRules(string text, int at, List<int> candidates, bool[] allowed, bool shortcut, List<RawMatch> found)
    {
        RuleDispatcher.Candidates(text, at, candidates);
        // whether the words some rules require occur within reach: looked up once per start and set of words
        Span<sbyte> present = stackalloc sbyte[_requiredSearch.Length];
        var reach = text.AsSpan(at, Math.Min(Window, text.Length - at));
        foreach (var index in candidates)
        {
            if (!allowed[index]) continue;
            if (shortcut && _requiredOf[index] is var set and >= 0)
            {
                if (present[set] == 0) present[set] = (sbyte)(reach.IndexOfAny(_requiredSearch[set]) >= 0 ? 1 : -1);
                if (present[set] < 0) continue;
            }
            var rule = Rules[index];
            // most attempts fail: the span check allocates nothing, the Match with its groups comes after
            if (!MatchesAt(rule.Regex, text, at)) continue;
            var m = rule.Regex.Match(text, at);
            if (!m.Success || m.Index != at || m.Length == 0) continue;
            found.Add(new RawMatch(at, at + m.Length, rule, m));
            return at + m.Length;
        }
        return at;
    }

    /// <summary>Skips a word or number (a lone other character is one step).</summary>
    public static int SkipToken(string text, int i)
    {
        var start = i;
        if (char.IsLetter(text[i])) while (i < text.Length && char.IsLetter(text[i])) i++;
        else if (char.IsDigit(text[i])) while (i < text.Length && char.IsDigit(text[i])) i++;
        return i > start ? i : start + 1;
    }
}
