using SiteGen.Temporal.Rules;
using SiteGen.Temporal.Text;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Finds the document date in the text when none is given, strongest evidence first: a header rule
/// (<c> date 2022-03</c>), then the first absolute dateline near the top, then an estimate. The estimate:
/// the document is no older than the latest absolute date reported in the past tense, and a past-tense
/// "last year" next to it moves it one year on ("vorig jaar" + "in 2023" as past gives 2024).
/// </summary>
public sealed class DocumentDateFinder(MatchResolver resolver)
{
    /// <summary>How far into the text a dateline may start (a kicker and a byline may come first).</summary>
    public const int DatelineReach = 400;

    // "last year" is recognised by what it does, not by its words: it resolves to the year before any anchor
    private static readonly Anchor Probe = new(2000, 6, 15);
    private const string LastYearOfProbe = "1999";

    public DocumentDate? Find(string text, IReadOnlyList<RawMatch> raws, Func<RawMatch, Tense> tenseOf)
    {
        foreach (var raw in raws)
        {
            if (raw.Start > DatelineReach) break;
            if (!raw.Rule.Value.IsAbsolute || !(raw.Rule.Definition.IsHeader || raw.Rule.Definition.IsDateline)) continue;
            // a date that opens a past-tense sentence ("Op 24 februari 2022 viel ...") is news, not a dateline
            if (raw.Rule.Definition.IsDateline && tenseOf(raw) == Tense.Past) continue;
            var found = resolver.Resolve(text, raw, null, Tense.Present);
            if (found is null) continue;
            return raw.Rule.Definition.IsHeader
                ? new DocumentDate(found.Value, false, "header", $"header '{found.Text.Trim()}'")
                : new DocumentDate(found.Value, false, "dateline", $"dateline '{found.Text}'");
        }
        return Infer(text, raws, tenseOf);
    }

    private DocumentDate? Infer(string text, IReadOnlyList<RawMatch> raws, Func<RawMatch, Tense> tenseOf)
    {
        int? latest = null;
        string? latestText = null, lastYearText = null;
        foreach (var raw in raws)
        {
            if (raw.Rule.Definition.IsSilent || tenseOf(raw) != Tense.Past) continue;
            if (!raw.Rule.Value.IsAbsolute && resolver.Resolve(text, raw, Probe, Tense.Past)?.Value == LastYearOfProbe)
                lastYearText ??= text[raw.Start..raw.End];
            if (!raw.Rule.Value.IsAbsolute || raw.Rule.Definition.Type is not (TimexType.Date or TimexType.Time)) continue;
            var found = resolver.Resolve(text, raw, null, Tense.Past);
            if (found is null || !TimexValue.IsCalendar(found.Value) || found.Value.Length < 4) continue;
            if (!int.TryParse(found.Value.AsSpan(0, 4), out var year) || year <= (latest ?? 0)) continue;
            latest = year;
            latestText = found.Text;
        }
        if (latest is null) return null;
        var evidence = $"latest date reported as past: {latest} ('{latestText}')";
        if (lastYearText is null) return new DocumentDate(Format.Year(latest.Value), true, "inferred", evidence);
        return new DocumentDate(Format.Year(latest.Value + 1), true, "inferred",
            $"{evidence}; '{lastYearText}' read as {latest}, so the article is from {latest + 1}");
    }
}
