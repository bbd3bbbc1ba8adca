using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// Picks the sentence that reports an article's news: the first of its opening sentences that is no noise (a
/// teaser question, a bare quote, a caption, a fragment), does not lean on a sentence before it (`Wel moet …`,
/// `Dat heeft …`), and is not background: not in the pluperfect (`KLM had … een zaak aangespannen`), and its governing date (or that of the sentence attributing it) does not lie
/// more than <see cref="BackgroundDays"/> before publication. An undated opening gives way to a sentence of the next three dated within <see cref="NewsDays"/> before publication
/// (or, when the publication date has no day, by words such as `gisteravond` or a day of the week), by itself or by
/// the attribution after it (`Dat heeft het kabinet dinsdag aangekondigd.`), and that is no quotation with its speaker;
/// an undated opening that only says how things are or were, or what must be done, to such a sentence anywhere in the opening.
/// A sentence that says the day has come (`Vandaag is het zover.`) puts the lead right after it. Failing all that, the
/// first sentence that is no noise.
/// </summary>
internal static partial class LeadChooser
{
    /// <summary>How many opening sentences may hold the lead.</summary>
    internal const int Opening = 6;

    /// <summary>A lead dated further back than this before publication is background, not the news.</summary>
    private const int BackgroundDays = 31;

    /// <summary>
    /// How many sentences after an undated opening that only says how things are may hold the news it gives way to:
    /// further than the opening, since such a sentence is never the news itself.
    /// </summary>
    private const int StateReach = 10;

    /// <summary>How many days before publication a date still reports the news (`gisteravond`, `maandag`).</summary>
    private const int NewsDays = 3;

    // A sentence dated on or just before publication: by the day, or by its words (`gisteravond`, `vandaag`) when
    // the publication date gives only the month.
    // With `reports`, only a sentence that says more than how things are (`Bij de NAM is vandaag niemand bereikbaar.`).
    private static int? Recent(IReadOnlyList<SentenceReading> readings, int from, TimexPeriod anchor, int reach = 3, bool reports = false)
    {
        for (var j = from + 1; j < readings.Count && j <= from + reach; j++)
        {
            var r = readings[j];
            // A forecast or plan (`De informateurs zullen vandaag worden benoemd.`) is not what happened.
            if (r.Noise != NoiseKind.None || r.BackReference || r.Pluperfect || r.Modal || r.Quoted || reports && r.State) continue;
            // `Zeker negenduizend ouders krijgen elk 30.000 euro. Dat heeft het kabinet dinsdag aangekondigd.`: the
            // sentence that says who said it, and when, dates it; not one that leans on the sentence before it
            // (`Daardoor gaat … omlaag.`), whose news that attribution dates as much.
            var said = j + 1 < readings.Count && readings[j + 1] is { BackReference: true, Governing: not null } back && !r.Connective ? back : r;
            if ((r.Governing is null ? said : r) is not { Governing: { } g } dated) continue;
            if (dated.NewsDay || dated.NewsWeek) return j;
            if (anchor.Precision >= DatePrecision.Day && TimexPeriod.Parse(g.Match.Value) is { } span && span.Precision >= DatePrecision.Day
                && anchor.Start.DayNumber - span.Start.DayNumber is >= 0 and <= NewsDays)
                return j;
        }
        return null;
    }

    // The sentence right after a stance, when it reports in the past what was done and has no date of its own.
    private static int? Reported(IReadOnlyList<SentenceReading> readings, int from)
    {
        if (from + 1 >= readings.Count) return null;
        var r = readings[from + 1];
        if (r.Noise != NoiseKind.None || r.BackReference || r.Pluperfect || r.Connective || r.State || r.Opinion || !r.Past) return null;
        return r.Governing is null ? from + 1 : null;
    }

    // `Vandaag is het zover.`, `Nu is het dan eindelijk zo ver.`: what comes before was the run-up, the next sentence is the news.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:\p{L}+ ){0,2}(?:is|was) het (?:\p{L}+ ){0,2}zo ?ver\W*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Arrived();

    public static int Choose(IReadOnlyList<SentenceReading> readings, DocumentDate? dct)
    {
        for (var k = 0; k + 1 < readings.Count && k < Opening; k++)
            if (Arrived().IsMatch(readings[k].Text) && readings[k + 1] is { Noise: NoiseKind.None, BackReference: false, Modal: false })
                return k + 1;
        var anchor = dct is null ? null : TimexPeriod.Parse(dct.Value);
        var fallback = -1;
        for (var i = 0; i < readings.Count && i < Opening; i++)
        {
            var r = readings[i];
            if (r.Noise != NoiseKind.None || r.BackReference) continue;
            if (fallback < 0) fallback = i;
            // A quotation with only its speaker after the opening sentence is a reaction to the news, not the news.
            if (r.SpokenQuote && i != fallback) continue;
            var next = i + 1 < readings.Count && readings[i + 1].BackReference ? readings[i + 1] : null;
            // A statement in the pluperfect (`Het was beter geweest als …`) is no background when the next sentence
            // says who made it, and when (`Dat zei de staatssecretaris woensdag.`): the statement is the news.
            if (r.Connective || r.Pluperfect && next?.Governing is null) continue;
            var governing = r.Governing ?? next?.Governing;
            if (governing is not null && anchor is { } a && TimexPeriod.Parse(governing.Match.Value) is { } span
                && a.Start.DayNumber - span.End.DayNumber > BackgroundDays)
                continue;
            // An undated opening (`Op korte termijn is krimp nodig, vindt de minister.`) gives way to one of the next
            // sentences dated on or just before publication (`… vechten het besluit vandaag aan`): that is the news.
            // One in the perfect (`De president is in Peking aangekomen.`) reports a happening of its own and stays.
            if (governing is null && !r.Perfect && anchor is { } day && Recent(readings, i, day) is { } news) return news;
            // An undated opening that only says how things were (`De aardbeving van 8 januari 2018 was een van de
            // redenen om …`), or what must or will be done (`De NAM moet de beving binnen twee dagen analyseren`),
            // gives way to the news further on in the opening (`… komt de commissie vandaag met haar conclusies`).
            // One that only says how things are is never the news: that may come later still (`Sinds 2010 is hij premier.
            // … Zo kondigde hij maandag zijn vertrek aan.`), as long as it reports more than a state itself.
            if (governing is null && (r.State || r.Modal) && anchor is { } when
                && (Recent(readings, i, when, Opening - 1 - i) ?? (r.State ? Recent(readings, i, when, StateReach, reports: true) : null)) is { } later)
                return later;
            // An undated stance (`De staatssecretaris vindt de affaire heel ernstig.`) gives way to the happening the
            // next sentence reports in the past (`In haar eerste debat beloofde zij …`).
            if (governing is null && r.Opinion && Reported(readings, i) is { } act) return act;
            return i;
        }
        if (fallback >= 0) return fallback;
        for (var i = Opening; i < readings.Count; i++)
            if (readings[i].Noise == NoiseKind.None && !readings[i].BackReference) return i;
        return -1;
    }
}
