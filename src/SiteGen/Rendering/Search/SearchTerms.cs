using System.Globalization;
using System.Text;
using SiteGen.Cleaning;
using SiteGen.Rendering.Models;

namespace SiteGen.Rendering.Search;

/// <summary>
/// The words search matches, made the same way here and in <c>wwwroot/js/search.js</c>: accents removed, lower case,
/// runs of letters and digits, without the function words of <c>Resources/&lt;lang&gt;/search.stop.txt</c>. A term is
/// kept in the chunk named by its first two characters (<see cref="ChunkOf"/>), so a query fetches only the chunks of
/// its own words.
/// </summary>
public sealed class SearchTerms(string language)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchTerms> ByLanguage = new(StringComparer.Ordinal);

    // An entry's terms, kept as long as the entry object lives: a `serve` session reuses the entries an edit did not
    // touch, so a rebuild tokenizes only the new ones (146,679 entries at 10,000 articles).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<EntryModel, string[]> _ofEntry = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], string[]> _chunksOf = new();

    /// <summary>The terms of one language, made once per process.</summary>
    public static SearchTerms For(string language) => ByLanguage.GetOrAdd(language, l => new SearchTerms(l));

    /// <summary>
    /// The distinct terms of what an entry shows: its sentence, date, sources and actors. With <paramref name="remember"/>
    /// (a `serve` session) they are kept as long as the entry object lives; a one-off build makes each entry once and
    /// keeps nothing: a table entry per entry is a dependent handle, which every later collection of the build scans
    /// (issue 22: 146,679 entries at 10,000 articles, two handles each).
    /// </summary>
    public string[] Of(EntryModel entry, bool remember = true) => remember ? _ofEntry.GetValue(entry, TermsOf) : TermsOf(entry);

    private string[] TermsOf(EntryModel e) =>
        [.. Of(string.Join(' ', [e.Text, e.DateLabel, .. e.Publishers.Select(p => p.Text), .. e.Actors.Select(a => a.Text)])).Distinct(StringComparer.Ordinal)];

    private readonly HashSet<string> _stopWords =
        LanguageData.Lines(language, "search.stop.txt").Select(l => Fold(l.Text)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> StopWords => _stopWords;

    public IEnumerable<string> Of(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var word = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                var term = Term(folded, start, i - start);
                start = -1;
                if (term is not null) yield return term;
            }
        }
    }

    // The terms of a thread, one string per distinct term: every entry's terms stay alive until the index is written
    // (146,679 entries at 10,000 articles), and a news vocabulary repeats its words in nearly all of them.
    [ThreadStatic]
    private static Dictionary<string, string>? _known;

    private const int MaxRememberedTerms = 200_000;

    // A single letter says nothing; a single digit is a day of the month ("4 februari"). Null for those and stop words.
    private string? Term(string folded, int start, int length)
    {
        var span = folded.AsSpan(start, length);
        if (length == 1 && !char.IsDigit(span[0]) || _stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)) return null;
        var known = _known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var term)) return term;
        // Dropped whole when full, as the word tables of event extraction are.
        if (known.Count >= MaxRememberedTerms) known.Clear();
        term = span.ToString();
        known.Add(term, term);
        return term;
    }

    /// <summary>
    /// Accents removed and lower case, as JavaScript's <c>normalize('NFD')</c>, dropping the combining marks, and
    /// <c>toLowerCase()</c> give it. By table, not <c>string.Normalize</c>, which under InvariantGlobalization leaves
    /// 'ë' whole: the letters of the Latin-1 and Latin Extended-A blocks (and Romanian ș, ț) that NFD splits into an
    /// ASCII letter and marks; letters NFD keeps whole (ø, ł, ß, æ) stay, in both.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(Accented.TryGetValue(c, out var plain) ? plain : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static readonly Dictionary<char, char> Accented = Table(
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "Ďď"), ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
        ("g", "ĜĝĞğĠġĢģ"), ("h", "Ĥĥ"), ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİ"), ("j", "Ĵĵ"), ("k", "Ķķ"), ("l", "ĹĺĻļĽľ"),
        ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖòóôõöŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"), ("s", "ŚśŜŝŞşŠšȘș"), ("t", "ŢţŤťȚț"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"), ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"), ("z", "ŹźŻżŽž"));

    private static Dictionary<char, char> Table(params (string Base, string Letters)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Base[0]))).ToDictionary(p => p.c, p => p.Item2);

    /// <summary>The distinct chunks of an entry's terms (see <see cref="Of(EntryModel, bool)"/>), kept with them when <paramref name="remember"/>.</summary>
    public string[] ChunksOf(string[] entryTerms, bool remember = true) =>
        remember ? _chunksOf.GetValue(entryTerms, ChunksOfTerms) : ChunksOfTerms(entryTerms);

    private static string[] ChunksOfTerms(string[] terms) => [.. terms.Select(ChunkOf).Distinct(StringComparer.Ordinal)];

    /// <summary>The file name of the chunk holding <paramref name="term"/>: its first two characters, hex-coded unless they are a-z and 0-9.</summary>
    public static string ChunkOf(string term)
    {
        var key = term.Length > 2 ? term[..2] : term;
        if (key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9')) return key;
        return "x" + string.Join('-', key.EnumerateRunes().Select(r => r.Value.ToString("x", CultureInfo.InvariantCulture)));
    }
}
