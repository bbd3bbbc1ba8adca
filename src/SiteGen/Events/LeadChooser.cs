using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Events;

/// <summary>
/// Picks the sentence that reports an article's news: the first of its opening sentences that is no noise (a
/// teaser question, a bare quote, a caption, a fragment), does not lean on a sentence before it (`Wel moet …`,
/// `Dat heeft …`), and is not background: its governing date (or that of the sentence attributing it) does not lie
/// more than <see cref="BackgroundDays"/> before publication. Failing that, the first sentence that is no noise.
/// </summary>
internal static class LeadChooser
{
    /// <summary>How many opening sentences may hold the lead.</summary>
    private const int Opening = 6;

    /// <summary>A lead dated further back than this before publication is background, not the news.</summary>
    private const int BackgroundDays = 31;

    public static int Choose(IReadOnlyList<SentenceReading> readings, DocumentDate? dct)
    {
        var anchor = dct is null ? null : TimexPeriod.Parse(dct.Value);
        var fallback = -1;
        for (var i = 0; i < readings.Count && i < Opening; i++)
        {
            var r = readings[i];
            if (r.Noise != NoiseKind.None || r.BackReference) continue;
            if (fallback < 0) fallback = i;
            if (r.Connective) continue;
            var next = i + 1 < readings.Count && readings[i + 1].BackReference ? readings[i + 1] : null;
            var governing = r.Governing ?? next?.Governing;
            if (governing is not null && anchor is { } a && TimexPeriod.Parse(governing.Match.Value) is { } span
                && a.Start.DayNumber - span.End.DayNumber > BackgroundDays)
                continue;
            return i;
        }
        if (fallback >= 0) return fallback;
        for (var i = Opening; i < readings.Count; i++)
            if (readings[i].Noise == NoiseKind.None && !readings[i].BackReference) return i;
        return -1;
    }
}
