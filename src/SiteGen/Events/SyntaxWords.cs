using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// The word classes of <c>events/syntax.tsv</c>: what opens a subordinate clause, what can start a subject, which
/// verbs are modal, which words before a date make it bound a period or date a noun. Lowercase, whole words.
/// </summary>
public sealed partial class SyntaxWords
{
    private HashSet<string> listedFinite = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<string>> classes;

    private SyntaxWords(Dictionary<string, HashSet<string>> classes) => this.classes = classes;

    public static SyntaxWords Load(string language)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in EventResources.Rows(language, "events/syntax.tsv", 2))
        {
            if (!classes.TryGetValue(row[0], out var set)) classes[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(row[1]);
        }
        return new SyntaxWords(classes);
    }

    public IReadOnlySet<string> this[string kind] =>
        classes.TryGetValue(kind, out var set) ? set : throw new InvalidOperationException($"events/syntax.tsv has no '{kind}' words.");

    public bool Is(string kind, string lowerWord) => this[kind].Contains(lowerWord);

    /// <summary>Whether <paramref name="text"/> holds a word of <paramref name="kind"/>.</summary>
    public bool AnyIn(string kind, string text)
    {
        var set = this[kind];
        foreach (var m in Word().EnumerateMatches(text))
            if (set.Contains(LowerWords.Of(text.AsSpan(m.Index, m.Length)))) return true;
        return false;
    }

    /// <summary>Adds finite verb forms listed elsewhere (the tense table, the title verbs) to <see cref="IsFinite"/>.</summary>
    internal void AddFinite(IEnumerable<string> forms) => listedFinite = [.. listedFinite, .. forms];

    /// <summary>
    /// A finite verb form: listed (`finite` and `modal` here, the forms added by <see cref="AddFinite"/>) or, unless
    /// <paramref name="listedOnly"/>, a regular past form in -de/-te/-den/-ten that is no listed non-verb.
    /// </summary>
    public bool IsFinite(string lower, bool listedOnly = false)
    {
        if (Is("not-finite", lower)) return false;
        if (Is("finite", lower) || Is("modal", lower) || listedFinite.Contains(lower)) return true;
        return !listedOnly && WeakPast().IsMatch(lower);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?!\p{L}*(?:ende|nde|ste|ige|ele|ale|ere|ijde|ode|ate)$)\p{L}{3,}(?:de|te|den|ten)$")]
    private static partial Regex WeakPast();
}
