using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;
using SiteGen.Temporal.Text;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Narrows a document date known only to the month or year (a <c> date 2022-03</c> header, an estimate) to the day
/// when the text itself pins it, and only when every piece of such evidence names the same day:
/// <list type="bullet">
/// <item>an anniversary: <c>Exact vijf jaar geleden, op 22 maart 2016</c>, <c>Vandaag, zes jaar later</c> after
/// <c>22 maart 2016</c>, or <c>Het is woensdag precies tien jaar geleden</c> with <c>17 juli 2014</c> in a header
/// month of July; a weekday in that sentence must be the day's weekday;</item>
/// <item><c>vandaag</c> or <c>gisteren</c> next to a day in the same sentence (<c>gisteren, 15 maart,</c>);</item>
/// <item>the weekday of the lead (<c>stond het plein dinsdag vol</c>) is the weekday of the one day in the header
/// month that the text names (<c>op 1 oktober</c>): the article reports that day's event on that day.</item>
/// </list>
/// The result is marked estimated and keeps its evidence.
/// </summary>
public sealed class DocumentDateNarrower(MatchResolver resolver, Regex anniversaryCue)
{
    private static readonly Anchor Probe = new(2000, 6, 15);
    private static readonly DateOnly ProbeDay = Probe.FirstDay;

    /// <summary>How far apart a step and the day it counts from may stand to read as one phrase.</summary>
    private const int Apposition = 60;

    /// <summary>How many sentences count as the lead.</summary>
    private const int LeadSentences = 2;

    public DocumentDate? Narrow(string text, IReadOnlyList<RawMatch> raws, DocumentDate found, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (Anchor.TryParse(found.Value) is not { } coarse || coarse.Day is not null) return null;
        // an expression is read (resolved twice) only when the kind of evidence it could give is looked for: most
        // articles have no count of years and no day next to 'gisteren', so most expressions are never read
        var locator = new SentenceLocator(sentences);
        var cache = new Item?[raws.Count];
        Item Get(int i) => cache[i] ??= Read(text, raws[i], coarse, locator.Find(raws[i].Start));
        var namingDays = Enumerable.Range(0, raws.Count).Where(i => NamesDay(raws[i].Rule)).ToList();
        var absoluteDays = new Lazy<List<Item>>(() => [.. namingDays.Where(i => raws[i].Rule.Value.IsAbsolute).Select(Get).Where(o => o.Day is not null)]);
        var candidates = new List<(DateOnly Day, string Evidence)>();
        for (var i = 0; i < raws.Count; i++)
        {
            var rule = raws[i].Rule;
            if (rule.Definition.IsSilent) continue;
            if (rule.Definition.IsStep && Get(i).Years != 0) Anniversary(text, raws, Get, i, absoluteDays, coarse, sentences, candidates);
            if (CountsDays(rule)) NextToDay(raws, Get, i, candidates);
        }
        if (coarse.Month is not null && sentences.Count > 0)
            LeadWeekday(raws, Get, namingDays, sentences[Math.Min(LeadSentences, sentences.Count) - 1].End, coarse, candidates);
        var days = candidates.Where(c => Within(c.Day, coarse)).ToList();
        if (days.Count == 0 || days.Any(c => c.Day != days[0].Day) || candidates.Count != days.Count) return null;
        var day = days[0].Day;
        return new DocumentDate(Format.Day(day), true, "inferred",
            $"{string.Join("; ", days.Select(c => c.Evidence).Distinct())} (narrowed from {found.Value}, {found.Source})");
    }

    // the first raw match starting at or after an offset (they come in text order)
    private static int FirstAt(IReadOnlyList<RawMatch> raws, int offset)
    {
        int lo = 0, hi = raws.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (raws[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool NamesDay(CompiledRule rule) => !rule.Definition.IsSilent && (rule.Value.IsAbsolute || rule.CallsMonthDay);

    private static bool CountsDays(CompiledRule rule) => !rule.NeedsTense && !rule.Definition.IsStep && !rule.UsesStory && !rule.Value.IsAbsolute;

    // what one expression can tell: a day it names, a count of years or days from a point, the weekday it names
    private sealed record Item(RawMatch Raw, string Text, int Sentence, DateOnly? Day, bool Absolute, int Years, int? Days, int Weekday);

    private Item Read(string text, RawMatch raw, Anchor coarse, int sentence)
    {
        var rule = raw.Rule;
        var named = resolver.Resolve(text, raw, rule.Value.IsAbsolute ? null : coarse, Tense.Past)?.Value;
        DateOnly? day = named is { Length: >= 10 } && char.IsAsciiDigit(named[0]) && TimexValue.PrecisionOf(named) >= DatePrecision.Day
            && DateOnly.TryParseExact(named[..10], "yyyy-MM-dd", out var d) && (rule.Value.IsAbsolute || rule.CallsMonthDay) ? d : null;
        var probed = rule.Value.IsAbsolute ? null : resolver.Resolve(text, raw, Probe, Tense.Past)?.Value;
        var years = rule.Definition.IsStep && probed is { Length: 4 } && int.TryParse(probed, out var y) ? Probe.Year - y : 0;
        int? days = CountsDays(rule) && probed is { Length: >= 10 }
            && DateOnly.TryParseExact(probed[..10], "yyyy-MM-dd", out var p) ? p.DayNumber - ProbeDay.DayNumber : null;
        var weekday = rule.CallsWeekday && probed is { Length: >= 10 } && DateOnly.TryParseExact(probed[..10], "yyyy-MM-dd", out var w) ? IsoDay(w) : 0;
        return new Item(raw, text[raw.Start..raw.End], sentence, day, rule.Value.IsAbsolute, years, days, weekday);
    }

    // "Exact vijf jaar geleden, op 22 maart 2016" / "Vandaag, zes jaar later": today is that day, so many years on
    private void Anniversary(string text, IReadOnlyList<RawMatch> raws, Func<int, Item> get, int i, Lazy<List<Item>> absolute, Anchor coarse,
        IReadOnlyList<(int Start, int End)> sentences, List<(DateOnly, string)> candidates)
    {
        var step = get(i);
        if (step.Sentence < 0) return;
        var (start, end) = sentences[step.Sentence];
        var inSentence = new List<Item>();
        for (var k = FirstAt(raws, start); k < raws.Count && raws[k].Start < end; k++)
            if (!raws[k].Rule.Definition.IsSilent) inSentence.Add(get(k));
        var today = inSentence.Any(o => o.Days == 0);
        if (!today && !anniversaryCue.IsMatch(text.AsSpan(start, end - start))) return;
        var absoluteDays = absolute.Value;
        // ago: the day it counts back to stands next to it, or (under a month header) is the only day of that month so many years back
        var from = step.Years > 0
            ? absoluteDays.Where(o => o.Sentence == step.Sentence && Math.Abs(o.Raw.Start - step.Raw.End) <= Apposition).Select(o => o.Day!.Value).FirstOrDefault()
            : absoluteDays.Where(o => o.Raw.Start < step.Raw.Start).Select(o => o.Day!.Value).LastOrDefault();
        if (from == default && step.Years > 0 && coarse.Month is not null)
        {
            var back = absoluteDays.Where(o => o.Day is { } d && d.Year == coarse.Year - step.Years && d.Month == coarse.Month)
                .Select(o => o.Day!.Value).Distinct().ToList();
            if (back.Count == 1) from = back[0];
        }
        if (from == default) return;
        var anniversary = from.AddYears(Math.Abs(step.Years));
        var weekdays = inSentence.Where(o => o.Weekday > 0).Select(o => o.Weekday).Distinct().ToList();
        if (weekdays.Count > 0 && !weekdays.Contains(IsoDay(anniversary))) return;
        candidates.Add((anniversary, $"anniversary: '{step.Text}' from {Format.Day(from)}"));
    }

    // "gisteren, 15 maart," / "vandaag (22 maart)": the day next to a day counted from the publication
    private static void NextToDay(IReadOnlyList<RawMatch> raws, Func<int, Item> get, int i, List<(DateOnly, string)> candidates)
    {
        var near = new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < raws.Count && NamesDay(raws[j].Rule)
            && (Math.Abs(raws[j].Start - raws[i].End) <= NextTo || Math.Abs(raws[i].Start - raws[j].End) <= NextTo)).ToList();
        if (near.Count == 0 || get(i).Days is not { } offset) return;
        var next = near.Select(get).Where(o => o.Sentence == get(i).Sentence && o.Day is not null).Select(o => o.Day!.Value).ToList();
        if (next.Count == 1) candidates.Add((next[0].AddDays(-offset), $"'{get(i).Text}' next to {Format.Day(next[0])}"));
    }

    /// <summary>How close a day must stand to 'gisteren' or 'vandaag' to be read as the same day.</summary>
    private const int NextTo = 20;

    // "stond het plein dinsdag vol" ... "die op 1 oktober kwamen protesteren" (a Tuesday): that day
    private static void LeadWeekday(IReadOnlyList<RawMatch> raws, Func<int, Item> get, List<int> namingDays, int leadEnd, Anchor coarse,
        List<(DateOnly, string)> candidates)
    {
        var first = Enumerable.Range(0, raws.Count).FirstOrDefault(i => raws[i].Start < leadEnd && raws[i].Rule.CallsWeekday, -1);
        if (first < 0 || get(first).Weekday is not (> 0 and var weekday)) return;
        var days = namingDays.Select(get).Where(o => o.Day is { } d && d.Year == coarse.Year && d.Month == coarse.Month && IsoDay(d) == weekday)
            .Select(o => o.Day!.Value).Distinct().ToList();
        if (days.Count == 1) candidates.Add((days[0], $"'{get(first).Text}' in the lead is the weekday of {Format.Day(days[0])}"));
    }

    private static bool Within(DateOnly day, Anchor coarse) =>
        day.Year == coarse.Year && (coarse.Month is null || day.Month == coarse.Month) || coarse.Month is null && day.Year > coarse.Year;

    private static int IsoDay(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;
}
