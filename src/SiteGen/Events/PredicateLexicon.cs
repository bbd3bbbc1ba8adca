namespace SiteGen.Events;

/// <summary>
/// The classes of happening of <c>events/predicates.tsv</c> (`resign`, `survive`, `announce`, `pay` …) and the stemmed
/// cues that name them. <see cref="ClassesOf"/> gives the classes a text names as bits: two reports that both name
/// classes, none in common, report different happenings.
/// </summary>
public sealed class PredicateLexicon
{
    private readonly (int Class, string[] Stems)[] cues;

    private PredicateLexicon(string[] names, (int, string[])[] cues)
    {
        Names = names;
        this.cues = cues;
    }

    /// <summary>Class names by bit position.</summary>
    public IReadOnlyList<string> Names { get; }

    public static PredicateLexicon Load(string language)
    {
        var rows = EventResources.Rows(language, "events/predicates.tsv", 2);
        var names = rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length > 32) throw new InvalidOperationException("events/predicates.tsv: at most 32 classes fit in a mask.");
        var cues = rows.Select(r => (Array.IndexOf(names, r[0]),
            r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => KeyWords.Stem(w.ToLowerInvariant())).ToArray())).ToArray();
        return new PredicateLexicon(names, cues);
    }

    /// <summary>The classes <paramref name="text"/> names, one bit each (0: none).</summary>
    public int ClassesOf(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in SentenceWord.Of(text))
            if (!w.Numeric) stems.Add(KeyWords.Stem(w.Lower));
        var mask = 0;
        foreach (var (cls, cue) in cues)
            if (AllIn(cue, stems)) mask |= 1 << cls;
        return mask;
    }

    // A loop, not cue.All(stems.Contains): the method group was a new delegate for every cue of every event.
    private static bool AllIn(string[] cue, HashSet<string> stems)
    {
        foreach (var stem in cue)
            if (!stems.Contains(stem)) return false;
        return true;
    }

    /// <summary>Both name what happened and nothing they name is the same.</summary>
    public static bool Differ(int a, int b) => a != 0 && b != 0 && (a & b) == 0;

    /// <summary>The names of the classes in <paramref name="mask"/>, in file order.</summary>
    public string Describe(int mask) =>
        string.Join("/", Names.Where((_, i) => (mask & (1 << i)) != 0));
}
