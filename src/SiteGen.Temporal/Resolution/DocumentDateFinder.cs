using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;
using SiteGen.Temporal.Text;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Finds the document date in the text when none is given, strongest evidence first: a header rule
/// (<c> date 2022-03</c>; one that gives only a month or a year yields to a dateline below it that lies inside it and
/// says the day, <c>20/03/17 - 13u07</c>), then the first absolute dateline near the top that stands where a dateline stands (at the
/// start of a line, after at most a kicker such as <c>Economie</c> or <c>Gepubliceerd op</c>), then an estimate. The
/// estimate: the document is no older than the latest absolute date reported in the past tense, not in a question (a limit such as
/// <c>tot 2030</c> or a target such as <c>er moest in 2030 ...</c> is no report) or stamped on an embedded post, and a past-tense "last year" next to it moves it one
/// year on ("vorig jaar" + "in 2023" as past gives 2024), as does a count of years back next to a year ("vier jaar
/// geleden" near "in 2019" gives 2023).
/// </summary>
public sealed class DocumentDateFinder(MatchResolver resolver, SignalWords signals, Regex datelineLead, Regex datelineTail, Regex targetCue)
{
    /// <summary>How far into the text a dateline may start (a kicker and a byline may come first).</summary>
    public const int DatelineReach = 400;

    /// <summary>How far before a year a word that makes it a target is looked for.</summary>
    private const int TargetReach = 60;

    /// <summary>How far apart a count of years back and a year may stand to be read as one event.</summary>
    private const int PairReach = 300;

    /// <summary>How much may stand before a dateline on its line.</summary>
    private const int DatelinePrefix = 40;

    // "last year" is recognised by what it does, not by its words: it resolves to the year before any anchor
    private static readonly Anchor Probe = new(2000, 6, 15);
    private const string LastYearOfProbe = "1999";

    public DocumentDate? Find(string text, IReadOnlyList<RawMatch> raws, Func<RawMatch, Tense> tenseOf)
    {
        DocumentDate? header = null;
        foreach (var raw in raws)
        {
            if (raw.Start > DatelineReach) break;
            if (!raw.Rule.Value.IsAbsolute || !(raw.Rule.Definition.IsHeader || raw.Rule.Definition.IsDateline)) continue;
            // a date that opens a past-tense sentence ("Op 24 februari 2022 viel ...") or stands inside one is news, not a dateline
            if (raw.Rule.Definition.IsDateline && (tenseOf(raw) == Tense.Past || !StandsAsDateline(text, raw.Start) || !EndsAsDateline(text, raw.End))) continue;
            var found = resolver.Resolve(text, raw, null, Tense.Present);
            if (found is null) continue;
            if (raw.Rule.Definition.IsHeader)
            {
                if (header is not null) continue;
                header = new DocumentDate(found.Value, false, "header", $"header '{found.Text.Trim()}'");
                if (TimexValue.PrecisionOf(found.Value) >= DatePrecision.Day) return header;
                continue;
            }
            var dateline = new DocumentDate(found.Value, false, "dateline", $"dateline '{found.Text}'");
            if (header is null) return dateline;
            // A header that gives only the month (' date 2017-03') above the page's own dateline ('20/03/17 - 13u07'):
            // the dateline says the day, as long as it lies inside the header's period.
            if (Within(found.Value, header.Value)) return dateline with { Evidence = $"{dateline.Evidence} inside {header.Evidence}" };
        }
        return header ?? Infer(text, raws, tenseOf);
    }

    private static bool Within(string value, string coarse) =>
        TimexPeriod.Parse(value) is { } fine && TimexPeriod.Parse(coarse) is { } wide && fine.Precision > wide.Precision && wide.Contains(fine);

    // "Internationaal4 feb '22", "Economie 3 mrt. 2023", "Gepubliceerd op 4 februari 2022" stand as datelines;
    // "Exact vijf jaar geleden, op 22 maart 2016" does not
    private bool StandsAsDateline(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start - lineStart > DatelinePrefix) return false;
        var prefix = text.AsSpan(lineStart, start - lineStart);
        if (prefix.IndexOfAny(".!?,") >= 0) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (!char.IsLetter(prefix[i]) || i > 0 && char.IsLetter(prefix[i - 1])) continue;
            var end = i;
            while (end < prefix.Length && char.IsLetter(prefix[end])) end++;
            if (char.IsLower(prefix[i]) && !datelineLead.IsMatch(prefix[i..end])) return false;
        }
        return true;
    }

    // "Economie 3 mrt. 2023 09:15 De inflatie daalt" and "4 feb '22 door Redactie" end as datelines; in "Op 1 maart 2031
    // gaat de brug open" a verb carries on the sentence the date opens
    private bool EndsAsDateline(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0') i++;
        if (i == text.Length || !char.IsLower(text[i])) return true;
        var wordEnd = i;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return datelineTail.IsMatch(text.AsSpan(i, wordEnd - i));
    }

    private bool IsTarget(string text, int start)
    {
        var from = Math.Max(0, start - TargetReach);
        var stop = text.AsSpan(from, start - from).LastIndexOfAny(".!?\n");
        if (stop >= 0) from += stop + 1;
        return targetCue.IsMatch(text.AsSpan(from, start - from));
    }

    // "Moesten ze opstappen, zoals het kabinet in april 2002 deed?": a question reports nothing, so its past date
    // bounds no publication date.
    private static bool InQuestion(string text, int end)
    {
        var stop = text.AsSpan(end).IndexOfAny(SentenceEnds);
        return stop >= 0 && text[end + stop] == '?';
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n");

    private DocumentDate? Infer(string text, IReadOnlyList<RawMatch> raws, Func<RawMatch, Tense> tenseOf)
    {
        int? latest = null;
        string? latestText = null, lastYearText = null;
        string? posted = null, postedText = null;
        var years = new List<(int Year, int At, string Text)>();
        var counts = new List<(int Years, int At, string Text)>();
        foreach (var raw in raws)
        {
            if (raw.Rule.Definition.IsSilent) continue;
            if (raw.Rule.Definition.IsPost && raw.Rule.Value.IsAbsolute
                && resolver.Resolve(text, raw, null, Tense.Past) is { } stamp && string.CompareOrdinal(stamp.Value, posted) > 0)
                (posted, postedText) = (stamp.Value, stamp.Text);
            var probed = raw.Rule.Value.IsAbsolute || raw.Rule.UsesStory ? null : resolver.Resolve(text, raw, Probe, Tense.Past)?.Value;
            // a count back ("vier jaar geleden") is past whatever the tense of its sentence
            if (raw.Rule.Definition.IsStep && probed is { Length: 4 } && int.TryParse(probed, out var back) && back < Probe.Year)
                counts.Add((Probe.Year - back, raw.Start, text[raw.Start..raw.End]));
            if (tenseOf(raw) != Tense.Past || InQuestion(text, raw.End)) continue;
            if (probed == LastYearOfProbe) lastYearText ??= text[raw.Start..raw.End];
            if (!raw.Rule.Value.IsAbsolute || raw.Rule.Definition.Type is not (TimexType.Date or TimexType.Time)) continue;
            // "heeft tot 2030 zes miljard gereserveerd", "er moest in 2030 ... minder": a limit, a deadline or a target
            // is not something that happened
            if (signals.PointsForward(text, raw.Start) || IsTarget(text, raw.Start)) continue;
            var found = resolver.Resolve(text, raw, null, Tense.Past);
            if (found is null || !TimexValue.IsCalendar(found.Value) || found.Value.Length < 4) continue;
            if (!int.TryParse(found.Value.AsSpan(0, 4), out var year)) continue;
            years.Add((year, raw.Start, found.Text));
            if (year <= (latest ?? 0)) continue;
            latest = year;
            latestText = found.Text;
        }
        // "de zege ... dat vier jaar geleden ..." next to "de zetels die in 2019 werden behaald": the same event, so 2023
        var paired = counts.SelectMany(c => years.Where(y => Math.Abs(y.At - c.At) <= PairReach)
                .Select(y => (Year: y.Year + c.Years, Evidence: $"'{c.Text}' next to '{y.Text}'"))).ToList();
        if (latest is not null && paired.Count > 0 && paired.All(p => p.Year == paired[0].Year) && paired[0].Year > latest)
            return new DocumentDate(Format.Year(paired[0].Year), true, "inferred", $"{paired[0].Evidence}: {paired[0].Year}");
        // an embedded post is stamped with its day: the article is from that month or later
        if (posted is not null && (latest is null || int.Parse(posted.AsSpan(0, 4)) >= latest + (lastYearText is null ? 0 : 1)))
            return new DocumentDate(posted[..7], true, "inferred", $"latest time stamp of an embedded post: '{postedText}'");
        if (latest is null) return null;
        var evidence = $"latest date reported as past: {latest} ('{latestText}')";
        if (lastYearText is null) return new DocumentDate(Format.Year(latest.Value), true, "inferred", evidence);
        return new DocumentDate(Format.Year(latest.Value + 1), true, "inferred",
            $"{evidence}; '{lastYearText}' read as {latest}, so the article is from {latest + 1}");
    }
}
