using System.Text;

namespace SiteGen.Events;

/// <summary>
/// Turns a sentence into a short event text: drops the event's own date (the timeline shows it) unless it opens the
/// clause, drops attributions (`, zo meldden …`, `Volgens …,`), cuts subordinate clauses after the date, shortens to
/// about <see cref="MaxLength"/> characters at clause boundaries (never mid-word, never inside a quote) and puts
/// common past forms in the present. Each step only removes whole words or swaps a listed verb form, so the result
/// stays a readable part of the original sentence.
/// </summary>
public sealed class ClauseCompressor(EventLexicon lexicon)
{
    /// <summary>What a shortened text aims at.</summary>
    public const int MaxLength = 120;

    /// <summary>Texts up to this length are left whole: cutting `en Australië` off to save a few characters loses more than it gains.</summary>
    public const int Tolerance = 130;

    private const int MinWords = 3;

    public EventLexicon Lexicon { get; } = lexicon;

    /// <summary>Compresses <paramref name="sentence"/>; the date at [timexStart, timexEnd) (relative, -1 for none) is what the text must keep around.</summary>
    public string Compress(string sentence, int timexStart = -1, int timexEnd = -1)
    {
        var s = sentence.Trim();
        var shift = sentence.Length - sentence.TrimStart().Length;
        var keep = timexStart < 0 ? 0 : Math.Max(0, timexStart - shift);
        if (timexStart >= 0) (s, keep) = DropDate(s, keep, Math.Max(keep, timexEnd - shift));
        (s, keep) = DropAttributions(s, keep);
        s = CutAfter(s, keep, Lexicon.StrongBreaks);
        s = Shorten(s, keep);
        return Tidy(ToPresent(s));
    }

    private (string Text, int Keep) DropDate(string s, int start, int end)
    {
        var before = s[..start].TrimEnd();
        if (before.Length == 0 || ",;:('\"‘“".Contains(before[^1]) || QuoteMap.Inside(s, start)) return (s, start);
        var cut = start;
        var lastSpace = before.LastIndexOf(' ');
        if (Lexicon.DatePrepositions.Contains(before[(lastSpace + 1)..])) cut = lastSpace + 1;
        var rest = s[Math.Min(end, s.Length)..].TrimStart(' ');
        var head = s[..cut].TrimEnd();
        var result = head + (rest.Length > 0 && !",.;:!?)".Contains(rest[0]) ? " " : "") + rest;
        return WordCount(result) < MinWords + 1 ? (s, start) : (result, head.Length);
    }

    private (string Text, int Keep) DropAttributions(string s, int keep)
    {
        foreach (var marker in Lexicon.TailAttributions)
        {
            var at = s.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && !QuoteMap.Inside(s, at) && WordCount(s[..at]) >= MinWords) (s, keep) = (s[..at], Math.Min(keep, at));
        }
        foreach (var marker in Lexicon.HeadAttributions)
        {
            if (!s.StartsWith(marker + " ", StringComparison.OrdinalIgnoreCase)) continue;
            var comma = s.IndexOf(',');
            if (comma < 0 || comma > 80 || WordCount(s[(comma + 1)..]) < MinWords) continue;
            var rest = s[(comma + 1)..].TrimStart();
            (s, keep) = (rest, Math.Max(0, keep - (s.Length - rest.Length)));
        }
        return (s, keep);
    }

    private string CutAfter(string s, int keep, IReadOnlyList<string> breaks)
    {
        var best = -1;
        foreach (var mark in breaks)
        {
            for (var at = s.IndexOf(mark, keep, StringComparison.Ordinal); at >= 0; at = s.IndexOf(mark, at + 1, StringComparison.Ordinal))
            {
                if (QuoteMap.Inside(s, at) || WordCount(s[..at]) < MinWords) continue;
                if (best < 0 || at < best) best = at;
                break;
            }
        }
        return best < 0 ? s : s[..best];
    }

    // Too long: cut a clause after the date; else start at the clause the date opens (`… en dinsdag in Kiev`);
    // else end at the last clause boundary that fits; else end at the last whole word, marked with an ellipsis.
    private string Shorten(string s, int keep)
    {
        if (s.Length <= Tolerance) return s;
        var after = Breaks(s).Where(b => b.At >= keep && b.At <= MaxLength && WordCount(s[..b.At]) >= MinWords).ToList();
        if (after.Count > 0) return s[..after[^1].At];
        // A join opens a clause when the date follows it at once (`en dinsdag`) or a lowercase word does (`en zeggen`);
        // `… het Verenigd Koninkrijk en Australië` joins names, not clauses.
        var head = Breaks(s, Lexicon.JoinBreaks).LastOrDefault(b => b.At + b.Length <= keep + 1
            && (Math.Abs(b.At + b.Length - keep) <= 1 || char.IsLower(s[b.At + b.Length])));
        if (head.Length > 0)
        {
            var from = head.At + head.Length;
            var rest = s[from..];
            if (rest.Length > Tolerance)
            {
                var cut = Breaks(rest).Where(b => b.At >= keep - from && b.At <= MaxLength).Select(b => b.At).LastOrDefault();
                if (cut > 0) rest = rest[..cut];
            }
            if (WordCount(rest) >= MinWords + 1 && rest.Length <= Tolerance) return rest;
        }
        var fits = Breaks(s).Where(b => b.At <= MaxLength && b.At >= 40).ToList();
        if (fits.Count > 0) return s[..fits[^1].At];
        var space = s.LastIndexOf(' ', MaxLength - 1);
        return space > 0 ? s[..space].TrimEnd(',', ';', ':') + "…" : s;
    }

    private IEnumerable<(int At, int Length)> Breaks(string s) => Breaks(s, Lexicon.WeakBreaks);

    private static IEnumerable<(int At, int Length)> Breaks(string s, IReadOnlyList<string> marks) =>
        marks.SelectMany(mark => AllIndexes(s, mark).Select(at => (At: at, mark.Length)))
            .Where(b => !QuoteMap.Inside(s, b.At)).OrderBy(b => b.At);

    private static IEnumerable<int> AllIndexes(string s, string mark)
    {
        for (var at = s.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = s.IndexOf(mark, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    private string ToPresent(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var j = i;
            while (j < s.Length && char.IsLetter(s[j])) j++;
            if (j == i) { sb.Append(s[i++]); continue; }
            var word = s[i..j];
            var boundary = (i == 0 || !IsWordChar(s[i - 1])) && (j == s.Length || !IsWordChar(s[j]));
            if (boundary && !QuoteMap.Inside(s, i) && Lexicon.PresentOf.TryGetValue(word.ToLowerInvariant(), out var present))
                word = char.IsUpper(word[0]) ? char.ToUpperInvariant(present[0]) + present[1..] : present;
            sb.Append(word);
            i = j;
        }
        return sb.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’';

    private static string Tidy(string s)
    {
        var t = string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        t = t.Replace(" ,", ",").Replace(" .", ".").Replace(" ;", ";").Replace(" :", ":");
        t = t.TrimEnd(',', ';', ':', ' ', '-', '–', '|');
        if (t.Length == 0) return t;
        t = char.ToUpperInvariant(t[0]) + t[1..];
        var end = t.TrimEnd('\'', '"', '’', '”');
        return end.Length > 0 && ".!?…".Contains(end[^1]) ? t : t + ".";
    }

    internal static int WordCount(string s) =>
        s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
}
