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

    /// <summary>
    /// The classes <paramref name="text"/> names, one bit each (0: none). A cue that is denied names nothing: a negation
    /// (<see cref="Negations"/>) among its words or just before them (`treedt niet af`, `is niet afgetreden`, `stemde
    /// niet in`, `geen akkoord bereikt`). "De wethouder treedt niet af" reports that she stays, not a resignation: it
    /// must neither join the resignation's item nor be kept from the item of the vote she survived.
    /// </summary>
    public int ClassesOf(string text)
    {
        // Each stem at its first word; negations by word position.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var negations = new List<int>();
        var words = SentenceWord.Of(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Numeric) continue;
            if (Negations.Contains(words[i].Lower)) negations.Add(i);
            first.TryAdd(KeyWords.Stem(words[i].Lower), i);
        }
        var mask = 0;
        foreach (var (cls, cue) in cues)
            if (Named(cue, first, negations)) mask |= 1 << cls;
        return mask;
    }

    /// <summary>The words that deny the cue they stand in or just before.</summary>
    public static readonly IReadOnlySet<string> Negations = new HashSet<string>(["niet", "nooit", "geen"], StringComparer.Ordinal);

    /// <summary>How many words before a cue a negation still denies it (`niet goedgekeurd`, `niet zijn afgetreden`).</summary>
    public const int NegationReach = 2;

    // A loop, not cue.All(stems.Contains): the method group was a new delegate for every cue of every event.
    private static bool Named(string[] cue, Dictionary<string, int> first, List<int> negations)
    {
        var (from, to) = (int.MaxValue, -1);
        foreach (var stem in cue)
        {
            if (!first.TryGetValue(stem, out var at)) return false;
            (from, to) = (Math.Min(from, at), Math.Max(to, at));
        }
        foreach (var n in negations)
            if (n >= from - NegationReach && n <= to) return false;
        return true;
    }

    /// <summary>Both name what happened and nothing they name is the same.</summary>
    public static bool Differ(int a, int b) => a != 0 && b != 0 && (a & b) == 0;

    /// <summary>The names of the classes in <paramref name="mask"/>, in file order.</summary>
    public string Describe(int mask) =>
        string.Join("/", Names.Where((_, i) => (mask & (1 << i)) != 0));
}
