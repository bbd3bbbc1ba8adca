using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// Turns one article into events, pure and deterministic. The headline event is what the article reports: the
/// title when it states an event (it holds a finite verb), else the lead sentence; it happened on the first
/// calendar date in that sentence (so a report on Monday of what media said on Sunday is dated Sunday), else on
/// the document date. Every other calendar date in a body sentence is a secondary event; dates equal to the
/// headline's are part of the headline. Vague references and durations never make events.
/// </summary>
public sealed partial class EventExtractor(EventLexicon lexicon, ActorGazetteer gazetteer)
{
    private readonly ClauseCompressor compressor = new(lexicon);

    public EventLexicon Lexicon { get; } = lexicon;

    public ActorGazetteer Gazetteer { get; } = gazetteer;

    public static EventExtractor Create(string language = "nl") => new(EventLexicon.For(language), ActorGazetteer.For(language));

    public ArticleExtraction Extract(Article article)
    {
        var text = article.Source.Text;
        var finder = new ActorFinder(Gazetteer, text);
        var sentences = ArticleSentences.Of(article);
        var dates = article.Temporal.Matches.Where(m => m.IsCalendarDate).ToList();
        var events = new List<ExtractedEvent>();
        var headline = Headline(article, sentences, dates, finder);
        if (headline is not null) events.Add(headline);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            foreach (var match in dates.Where(m => m.Start >= s.Start && m.End <= s.End).DistinctBy(m => m.Value))
            {
                if (TimexValue.PrecisionOf(match.Value) < DatePrecision.Decade) continue;
                if (headline is not null && PartOfHeadline(headline.Event, match, text)) continue;
                if (ClauseCompressor.WordCount(text[s.Start..match.Start] + " " + text[match.End..s.End]) < 4) continue;
                var next = i + 1 < sentences.Count ? sentences[i + 1] : null;
                var contextEnd = next is not null && Continues(article, s, next, dates) ? next.End : s.End;
                var built = Build(article, finder, dates, s, match, match.Value, (s.Start, contextEnd), false);
                // `De twee landen kwamen in 2022 … overeen` names no one: the sentence before it in the paragraph does.
                var prev = i > 0 ? sentences[i - 1] : null;
                if (built.ContextActors.Count == 0 && prev is not null && SameParagraph(article, prev, s))
                    built = Build(article, finder, dates, s, match, match.Value, (prev.Start, contextEnd), false);
                events.Add(built);
            }
        }
        return new ArticleExtraction(article.Id, events, finder.Actors);
    }

    private ExtractedEvent? Headline(Article article, IReadOnlyList<Sentence> sentences, List<TemporalMatch> dates, ActorFinder finder)
    {
        var text = article.Source.Text;
        var lead = sentences.FirstOrDefault(s => ClauseCompressor.WordCount(text[s.Start..s.End]) >= 4
            && !Lexicon.LeadAttributions.Any(a => text.AsSpan(s.Start).StartsWith(a + " ", StringComparison.OrdinalIgnoreCase)));
        // A title cut from the lead sentence (an untitled article) gives way to the whole lead sentence.
        var title = TitleSpan(article);
        if (title is not null && lead is not null && title.Start == lead.Start && title.End <= lead.End) title = null;
        var span = title ?? lead;
        if (span is null) return null;
        var match = dates.FirstOrDefault(m => m.Start >= span.Start && m.End <= span.End)
            ?? (lead is null ? null : dates.FirstOrDefault(m => m.Start >= lead.Start && m.End <= lead.End));
        var value = match?.Value ?? article.Date?.Value;
        if (value is null || TimexValue.PrecisionOf(value) == DatePrecision.None) return null;
        if (TimexValue.PrecisionOf(value) > DatePrecision.Day) value = value[..10];
        var paragraph = ArticleSentences.ParagraphAt(article, (lead ?? span).Start, lead ?? span);
        var context = (Math.Min(span.Start, paragraph.Start), Math.Max(span.End, paragraph.End));
        var built = Build(article, finder, dates, span, match, value, context, true);
        // The headline names the actors of its sentence and of the lead's first two sentences (`… is in Beijing en sprak
        // Xi Jinping`); the rest of the lead paragraph is context for merging only.
        var second = lead is null ? null : sentences.FirstOrDefault(x => x.Start >= lead.End && x.End <= paragraph.End);
        var leadEnd = second?.End ?? lead?.End ?? span.End;
        var actorSpan = lead is null ? (span.Start, span.End) : (Math.Min(span.Start, lead.Start), Math.Max(span.End, leadEnd));
        var ids = finder.Acting(actorSpan.Item1, actorSpan.Item2, TimexPeriod.Parse(value)?.Start.Year);
        return built with { Event = built.Event with { ActorIds = ids } };
    }

    // A title states an event when it holds a finite verb: `Poetin bezoekt China: '…'` does, `China en Rusland: geen
    // uitbreiding NAVO` does not. Only the part before a colon is used when the verb is there.
    private Sentence? TitleSpan(Article article)
    {
        var title = article.Title?.Trim();
        if (string.IsNullOrEmpty(title)) return null;
        // Look in the body only: a front matter `title:` line is no place to link to.
        var body = article.Paragraphs.Count > 0 ? article.Paragraphs.Min(p => p.Start) : 0;
        var at = article.Source.Text.IndexOf(title, body, StringComparison.Ordinal);
        if (at < 0) return null;
        var colon = title.IndexOf(':');
        var head = colon > 0 ? title[..colon] : title;
        if (HasVerb(head)) return new Sentence(at, at + head.Length, Tense.Unknown);
        return colon > 0 && HasVerb(title) ? new Sentence(at, at + title.Length, Tense.Unknown) : null;
    }

    private bool HasVerb(string s) =>
        WordPattern().Matches(s).Any(m => Lexicon.EventVerbs.Contains(m.Value.ToLowerInvariant()));

    private ExtractedEvent Build(Article article, ActorFinder finder, List<TemporalMatch> dates, Sentence s,
        TemporalMatch? match, string value, (int Start, int End) context, bool isHeadline)
    {
        var text = article.Source.Text;
        var sentence = text[s.Start..s.End];
        var span = TimexPeriod.Parse(value);
        var year = span?.Start.Year;
        var compressed = match is null || match.Start < s.Start || match.End > s.End
            ? compressor.Compress(sentence)
            : compressor.Compress(sentence, match.Start - s.Start, match.End - s.Start);
        if (article.Format == Loading.ArticleFormat.Markdown) compressed = MarkdownInline().Replace(compressed, "$1$2");
        var contextMentions = finder.Find(context.Start, context.End, year);
        var excluded = contextMentions.Select(m => (m.Start, m.End)).Concat(dates.Select(d => (d.Start, d.End))).ToList();
        var words = KeyWords.Of(text, context.Start, context.End, excluded, Lexicon.StopWords);
        var contextActors = contextMentions.Select(m => m.ActorId).Distinct().ToList();
        var dct = article.Date;
        var estimated = dct?.Estimated == true && (match is null || !ExplicitYear().IsMatch(match.Text));
        var planned = IsPlanned(s.Tense, sentence, span, dct);
        // The actors acting in the sentence; a sentence that names none (`De twee landen kwamen … overeen`) has those
        // acting in its context (the sentence before it, or the one that continues it).
        var acting = finder.Acting(s.Start, s.End, year);
        if (acting.Count == 0) acting = finder.Acting(context.Start, context.End, year);
        var e = new ArticleEvent(article.Id, isHeadline, value, TimexValue.PrecisionOf(value), match?.Mod ?? TimexMod.None,
            estimated, planned, compressed, s.Start, s.End, match?.Start ?? -1, match?.End ?? -1, acting);
        return new ExtractedEvent(e, sentence, contextActors, words);
    }

    // Planned: dated after the document date, or future tense / plan words, unless dated before the document date.
    private bool IsPlanned(Tense tense, string sentence, TimexPeriod? span, DocumentDate? dct)
    {
        var anchor = dct is null ? null : TimexPeriod.Parse(dct.Value);
        if (span is null || anchor is null) return tense == Tense.Future;
        if (span.Value.Start >= anchor.Value.End) return true;
        if (span.Value.End <= anchor.Value.Start) return false;
        var lower = sentence.ToLowerInvariant();
        return tense == Tense.Future || HasWord(lower, Lexicon.PlanPhrases);
    }

    // The headline's own date, the same day again, the same coarse expression again (`zondag` … `zondag`), or an
    // expression for the publication day itself (`later vandaag`) when the headline happened then.
    private bool PartOfHeadline(ArticleEvent headline, TemporalMatch match, string text)
    {
        if (match.Start == headline.TimexStart) return true;
        var value = TimexValue.PrecisionOf(match.Value) > DatePrecision.Day ? match.Value[..10] : match.Value;
        if (value != headline.Date) return false;
        if (headline.Precision >= DatePrecision.Day) return true;
        if (headline.TimexStart >= 0)
            return string.Equals(text[headline.TimexStart..headline.TimexEnd], match.Text, StringComparison.OrdinalIgnoreCase);
        return HasWord(match.Text.ToLowerInvariant(), Lexicon.TodayWords);
    }

    private static bool HasWord(string lower, IEnumerable<string> words) =>
        words.Any(w => Regex.IsMatch(lower, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})"));

    // A sentence of the same paragraph without a date of its own that refers back (`Poetin reist dan naar China`)
    // continues the event.
    private bool Continues(Article article, Sentence sentence, Sentence next, List<TemporalMatch> dates)
    {
        var text = article.Source.Text;
        if (!SameParagraph(article, sentence, next)) return false;
        if (dates.Any(d => d.Start >= next.Start && d.End <= next.End)) return false;
        return HasWord(text[next.Start..next.End].ToLowerInvariant(), Lexicon.Anaphora);
    }

    private static bool SameParagraph(Article article, Sentence a, Sentence b) =>
        ArticleSentences.ParagraphAt(article, a.Start, a) == ArticleSentences.ParagraphAt(article, b.Start, a);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    // Inline Markdown in event texts: `[text](url)` keeps its text; emphasis marks and code ticks go.
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)|(?:\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))()")]
    private static partial Regex MarkdownInline();

    [GeneratedRegex(@"\d{4}|'\d{2}\b")]
    private static partial Regex ExplicitYear();
}
