using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SiteGen.Temporal.Rules;

/// <summary>
/// Finds the tense cues (future, past, clause break) that start at a token. Most cue branches are one word: a plain
/// word (<c>werd</c>) or a word shape built only of letters (<c>-de(n)</c>/<c>-te(n)</c> past forms). Whether a word
/// is such a cue depends on the word alone, so it is worked out once per distinct word and remembered; only the other
/// branches (<c>heeft ... ge-...-d</c>, punctuation) run as regexes at each token. The answers are exactly those of
/// the whole cue regexes, which still serve words that run into a digit or a combining mark or hold letters beyond Latin-1.
/// </summary>
public sealed class CueScanner
{
    private const int MaxRemembered = 100_000, MaxWord = 48;
    private readonly IReadOnlyList<Regex> _whole;
    private readonly Dispatcher _wholeDispatcher;
    private readonly HashSet<string>[] _words;
    private readonly Regex?[] _shapes;
    private readonly Regex?[] _rest;
    private readonly Dispatcher _restDispatcher;
    private readonly ConcurrentDictionary<string, int> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _remembered;

    public CueScanner(IReadOnlyList<string> cues, Func<string, Regex> compile)
    {
        _whole = cues.Select(compile).ToList();
        _wholeDispatcher = new Dispatcher(cues.Select(FirstSet.Of).ToList());
        _words = new HashSet<string>[cues.Count];
        _shapes = new Regex?[cues.Count];
        _rest = new Regex?[cues.Count];
        var restSources = new List<string>();
        for (var c = 0; c < cues.Count; c++)
        {
            var branches = CueBranches.Split(cues[c]);
            _words[c] = branches.Where(CueBranches.IsWord).Select(b => b.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var shapes = branches.Where(b => !CueBranches.IsWord(b) && CueBranches.IsWordShape(b)).ToList();
            var rest = branches.Where(b => !CueBranches.IsWord(b) && !CueBranches.IsWordShape(b)).ToList();
            _shapes[c] = shapes.Count == 0 ? null : compile(string.Join('|', shapes));
            _rest[c] = rest.Count == 0 ? null : compile(string.Join('|', rest));
            restSources.Add(rest.Count == 0 ? "" : string.Join('|', rest));
        }
        _restDispatcher = new Dispatcher(restSources.Select(s => s.Length == 0 ? new FirstSet() : FirstSet.Of(s)).ToList());
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The regexes that warm-up should run once.</summary>
    public IEnumerable<Regex> Regexes => _whole.Concat(_shapes.OfType<Regex>()).Concat(_rest.OfType<Regex>());

    /// <summary>A bit per cue (bit <c>c</c> for cue <c>c</c>) that matches at token start <paramref name="at"/>.</summary>
    public int At(string text, int at, List<int> candidates)
    {
        if (!char.IsLetter(text[at])) return Rest(text, at, candidates);
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        // words that run into a digit or a mark, and letters beyond Latin-1 (whose lower case may not be the regex's
        // case folding), go the slow way
        if (end - at > MaxWord || end < text.Length && (char.IsDigit(text[end]) || IsMark(text[end]))
            || text.AsSpan(at, end - at).ContainsAnyExceptInRange('\0', '\u00ff'))
            return Whole(text, at, candidates);
        Span<char> lower = stackalloc char[MaxWord];
        var word = lower[..(end - at)];
        text.AsSpan(at, end - at).ToLowerInvariant(word);
        if (!_lookup.TryGetValue(word, out var bits))
        {
            bits = WordCues(text, at, word.ToString());
            // ConcurrentDictionary.Count takes every lock: a counter of its own keeps the bound cheap
            if (Volatile.Read(ref _remembered) < MaxRemembered && _known.TryAdd(word.ToString(), bits)) Interlocked.Increment(ref _remembered);
        }
        return bits | Rest(text, at, candidates);
    }

    private int WordCues(string text, int at, string lower)
    {
        var bits = 0;
        for (var c = 0; c < _words.Length; c++)
            if (_words[c].Contains(lower) || _shapes[c] is { } shape && CompiledLanguage.MatchesAt(shape, text, at)) bits |= 1 << c;
        return bits;
    }

    private int Rest(string text, int at, List<int> candidates)
    {
        _restDispatcher.Candidates(text, at, candidates);
        var bits = 0;
        foreach (var c in candidates)
            if (_rest[c] is { } rest && CompiledLanguage.MatchesAt(rest, text, at)) bits |= 1 << c;
        return bits;
    }

    private int Whole(string text, int at, List<int> candidates)
    {
        _wholeDispatcher.Candidates(text, at, candidates);
        var bits = 0;
        foreach (var c in candidates)
            if (CompiledLanguage.MatchesAt(_whole[c], text, at)) bits |= 1 << c;
        return bits;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
