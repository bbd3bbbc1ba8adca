using System.Text.RegularExpressions;

namespace SiteGen.Events;

/// <summary>
/// Decides the <see cref="DateRole"/> of each date in a sentence from the words around it and the sentence's
/// <see cref="ClauseMap"/>: quoted, bracketed, a clock time, after a range word (`tot`, `sinds`, `tussen … en`), after
/// `van`/`uit` behind a noun that is no time noun (`het protest van 1 oktober`, but `de nacht van zondag op maandag`),
/// inside a subordinate clause; else it governs the main clause.
/// </summary>
internal static partial class DateRoles
{
    public static DateRole Of(ClauseMap map, SyntaxWords syntax, (int Start, int End) date, string dateText,
        IReadOnlyList<(int Start, int End)> allDates)
    {
        var own = Own(map, syntax, date, dateText, allDates);
        if (own != DateRole.Governing) return own;
        return map.SubordinateAt(date.Start) is null ? DateRole.Governing : DateRole.Subordinate;
    }

    /// <summary>The role from the words around the date alone, whatever clause it stands in.</summary>
    public static DateRole Own(ClauseMap map, SyntaxWords syntax, (int Start, int End) date, string dateText,
        IReadOnlyList<(int Start, int End)> allDates)
    {
        if (map.InQuote(date.Start)) return DateRole.Quoted;
        if (map.InBrackets(date.Start)) return DateRole.Referred;
        if (ClockOnly().IsMatch(dateText.Trim())) return DateRole.ClockTime;
        var words = map.Words;
        var first = IndexAt(words, date.Start);
        var before = first > 0 ? words[first - 1] : (SentenceWord?)null;
        var last = IndexAt(words, date.End - 1);
        var after = last >= 0 && last + 1 < words.Count ? words[last + 1] : (SentenceWord?)null;
        if (before is not { } b || Gap(map.Text, b.End, date.Start)) return DateRole.Governing;
        if (syntax.Is("range", b.Lower)) return DateRole.Range;
        // `net zoals vorig jaar`, `net als in 2019`: another occasion, compared with.
        if (syntax.Is("comparison", b.Lower) || first >= 2 && syntax.Is("comparison", words[first - 2].Lower) && syntax.Is("date-preposition", b.Lower)
            && !Gap(map.Text, words[first - 2].End, b.Start))
            return DateRole.Referred;
        // `tot en met 5 mei`; `tussen 2025 en 2028`, `van 2015 tot 2020`: the second date closes the first one's range.
        if (b.Lower == "met" && first >= 3 && words[first - 2].Lower == "en" && words[first - 3].Lower == "tot") return DateRole.Range;
        if (b.Lower is "en" or "tot" && EndsDateRightBefore(map.Text, b.Start, allDates)) return DateRole.Range;
        // `de oprichting vorig jaar van AUKUS`: between an article's noun and the rest of its phrase, the date is the
        // noun's (`het ministerie zondag bekendgemaakt` is an adverbial: no `van` follows).
        if (first >= 2 && !b.Capitalized && words[first - 2].Lower is "de" or "het" or "een" && after is { Lower: "van" }
            && !Gap(map.Text, words[first - 2].End, b.Start) && !Gap(map.Text, date.End, after.Value.Start))
            return DateRole.Referred;
        // `…, enkele dagen voor de deadline op 1 januari`, `Na de stemming op 12 maart …`: a date behind a noun that a
        // range word bounds dates that noun, and the clause only lies before or after it. Only where the phrase stands
        // apart (after a comma, or opening the sentence): inside the clause (`zal zo snel mogelijk na het advies op 20
        // november stemmen`) the date may be the clause's own.
        if (b.Lower is "op" or "van" && first >= 4 && words[first - 3].Lower is "de" or "het" && syntax.Is("range", words[first - 4].Lower)
            && StandsApart(map, words, first - 4)
            && !syntax.Is("time-noun", words[first - 2].Lower) && !syntax.Is("preposition", words[first - 2].Lower)
            && !Gap(map.Text, words[first - 4].End, words[first - 3].Start) && !Gap(map.Text, words[first - 3].End, words[first - 2].Start)
            && !Gap(map.Text, words[first - 2].End, b.Start))
            return DateRole.Range;
        if (syntax.Is("referring", b.Lower))
        {
            if (after is { Lower: "tot" } && !Gap(map.Text, date.End, after.Value.Start)) return DateRole.Range;
            var noun = first >= 2 ? words[first - 2] : (SentenceWord?)null;
            if (noun is { } n && !syntax.Is("time-noun", n.Lower) && !syntax.Is("preposition", n.Lower)
                && !Gap(map.Text, n.End, b.Start) && (after is not { Lower: "op" } || Gap(map.Text, date.End, after.Value.Start)))
                return DateRole.Referred;
        }
        return DateRole.Governing;
    }

    // The word opens the sentence, or at most two words (`kort`, `enkele dagen`) stand between it and a comma before it.
    private static bool StandsApart(ClauseMap map, IReadOnlyList<SentenceWord> words, int index)
    {
        var from = Math.Max(0, index - 2);
        if (index == 0) return true;
        for (var k = index; k >= from; k--)
        {
            var before = k > 0 ? words[k - 1].End : 0;
            if (map.Text.AsSpan(before, words[k].Start - before).Contains(',')) return true;
        }
        return false;
    }

    private static int IndexAt(IReadOnlyList<SentenceWord> words, int at)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i].Start <= at && at < words[i].End || words[i].Start > at) return i;
        return words.Count;
    }

    // Words separated by punctuation other than spaces do not belong together (`…, 2019`).
    private static bool Gap(string s, int from, int to) => from > to || !s.AsSpan(from, to - from).Trim(' ').IsEmpty;

    private static bool EndsDateRightBefore(string s, int at, IReadOnlyList<(int Start, int End)> dates)
    {
        foreach (var (_, end) in dates)
            if (end <= at && !Gap(s, end, at)) return true;
        return false;
    }

    [GeneratedRegex(@"^(?:(?:om|rond|omstreeks|tegen|tot|vanaf|sinds|tussen)\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*uur)?(?:\s*(?:en|tot|-)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*uur)?)?$|^\d{1,2}u\d{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockOnly();
}
