using System.Collections.Concurrent;

namespace SiteGen.Events;

/// <summary>
/// The language data the event stages use (Resources/&lt;lang&gt;/events/): attribution markers, clause breaks,
/// past→present verb forms, plan words and stop words. Loaded once per language; immutable.
/// </summary>
public sealed class EventLexicon
{
    private static readonly ConcurrentDictionary<string, EventLexicon> Cache = new(StringComparer.Ordinal);

    private EventLexicon(string language)
    {
        Language = language;
        var attributions = EventResources.Rows(language, "events/attributions.txt", 2);
        TailAttributions = [.. attributions.Where(r => r[0] == "tail").Select(r => r[1])];
        AnyTailAttribution = System.Buffers.SearchValues.Create([.. TailAttributions.Where(a => a.Length > 0)], StringComparison.OrdinalIgnoreCase);
        HeadAttributions = [.. attributions.Where(r => r[0] == "head").Select(r => r[1])];
        LeadAttributions = [.. attributions.Where(r => r[0] == "lead").Select(r => r[1])];
        var breaks = EventResources.Rows(language, "events/clause-breaks.txt", 2);
        StrongBreaks = [.. breaks.Where(r => r[0] == "strong").Select(r => r[1])];
        WeakBreaks = [.. breaks.Where(r => r[0] == "weak").Select(r => r[1])];
        JoinBreaks = [.. breaks.Where(r => r[0] == "join").Select(r => r[1])];
        Syntax = SyntaxWords.Load(language);
        Predicates = PredicateLexicon.Load(language);
        DatePrepositions = new HashSet<string>(Syntax["date-preposition"], StringComparer.OrdinalIgnoreCase);
        PresentOf = EventResources.Rows(language, "events/tense.tsv", 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        EventVerbs = new HashSet<string>(
            EventResources.Lines(language, "events/present.txt").Select(l => l.Trim())
                .Concat(PresentOf.Keys).Concat(PresentOf.Values),
            StringComparer.Ordinal);
        Syntax.AddFinite(EventVerbs);
        PlanPhrases = [.. EventResources.Lines(language, "events/plan.txt").Select(l => l.Trim())];
        Anaphora = [.. EventResources.Lines(language, "events/anaphora.txt").Select(l => l.Trim())];
        TodayWords = [.. EventResources.Lines(language, "events/today.txt").Select(l => l.Trim())];
        WeekWords = [.. EventResources.Lines(language, "events/weeks.txt").Select(l => l.Trim())];
        CountBackWords = [.. EventResources.Lines(language, "events/count-back.txt").Select(l => l.Trim())];
        Weekdays = [.. EventResources.Lines(language, "events/weekdays.txt").Select(l => l.Trim())];
        if (Weekdays.Count != 7) throw new InvalidOperationException("events/weekdays.txt: expected seven names, Monday first.");
        // Our list (function words and generic news words) and, for Dutch, Snowball's stop list as Lucene.Net ships it.
        var stop = EventResources.Lines(language, "events/stopwords.txt").Select(l => l.Trim());
        if (language == "nl") stop = stop.Concat(Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet.Select(w => w?.ToString() ?? ""));
        StopWords = new HashSet<string>(stop.Where(w => w.Length > 0), StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>The word classes the sentence reader uses (events/syntax.tsv).</summary>
    public SyntaxWords Syntax { get; }

    /// <summary>Classes of happening, so that `treedt af` and `overleeft` never merge (events/predicates.tsv).</summary>
    public PredicateLexicon Predicates { get; }

    /// <summary>`, zo meldden`: the marker and the rest of the sentence are an attribution.</summary>
    public IReadOnlyList<string> TailAttributions { get; }

    /// <summary>
    /// All of <see cref="TailAttributions"/> at once, ignoring case: one pass tells whether a text holds any of them,
    /// where a search per marker (35 in Dutch) for every event text was a sixth of what compressing an event cost.
    /// </summary>
    public System.Buffers.SearchValues<string> AnyTailAttribution { get; }

    /// <summary>`Volgens`: the sentence start up to the first comma is an attribution.</summary>
    public IReadOnlyList<string> HeadAttributions { get; }

    /// <summary>`Dat heeft`: the whole sentence attributes the one before it.</summary>
    public IReadOnlyList<string> LeadAttributions { get; }

    public IReadOnlyList<string> StrongBreaks { get; }

    public IReadOnlyList<string> WeakBreaks { get; }

    /// <summary>Coordinating words a too-long event text may start after (`en`, `maar`).</summary>
    public IReadOnlyList<string> JoinBreaks { get; }

    /// <summary>Prepositions that go with a date when it is dropped from an event text.</summary>
    public IReadOnlySet<string> DatePrepositions { get; }

    public IReadOnlyDictionary<string, string> PresentOf { get; }

    /// <summary>Finite verb forms that show a title states an event.</summary>
    public IReadOnlySet<string> EventVerbs { get; }

    public IReadOnlyList<string> PlanPhrases { get; }

    /// <summary>The names of the days of the week, Monday first (events/weekdays.txt).</summary>
    public IReadOnlyList<string> Weekdays { get; }

    /// <summary>
    /// The day of the week a date expression names at the start of one of its words (`woensdag`, `vorige week
    /// dinsdagavond`), or null when it names none or two (`de nacht van woensdag op donderdag`).
    /// </summary>
    public DayOfWeek? WeekdayNamed(string expression)
    {
        DayOfWeek? named = null;
        var at = 0;
        while (at < expression.Length)
        {
            if (!char.IsLetter(expression[at])) { at++; continue; }
            var from = at;
            while (at < expression.Length && char.IsLetter(expression[at])) at++;
            for (var d = 0; d < Weekdays.Count; d++)
            {
                if (!expression.AsSpan(from, at - from).StartsWith(Weekdays[d], StringComparison.OrdinalIgnoreCase)) continue;
                // Monday first in the list; DayOfWeek counts from Sunday.
                var day = (DayOfWeek)((d + 1) % 7);
                if (named is { } other && other != day) return null;
                named = day;
            }
        }
        return named;
    }

    /// <summary>Words by which a following sentence refers back to the event (`Poetin reist dan naar China`).</summary>
    public IReadOnlyList<string> Anaphora { get; }

    /// <summary>Words of expressions meaning the publication day itself (`vandaag`).</summary>
    public IReadOnlyList<string> TodayWords { get; }

    /// <summary>Words of an expression that counts one week from publication (events/weeks.txt).</summary>
    public IReadOnlyList<string> WeekWords { get; }

    /// <summary>Words of an expression that counts days back from publication (events/count-back.txt).</summary>
    public IReadOnlyList<string> CountBackWords { get; }

    public IReadOnlySet<string> StopWords { get; }

    public static EventLexicon For(string language) => Cache.GetOrAdd(language, l => new EventLexicon(l));
}
