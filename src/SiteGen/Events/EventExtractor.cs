using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// Turns one article into events, pure, deterministic and linear in the article. Every body sentence is read once
/// (<see cref="SentenceReader"/>): noise (fragments, questions, empty sentences, bare quotes, captions, `Lees ook`
/// lines, embedded posts' signatures) reports nothing; otherwise the date that governs its main clause dates its
/// report (<see cref="DateRoles"/>: not a date in a subordinate clause, in quotes or brackets, bounding a range, or
/// dating a noun), and a sentence that only attributes it (`Dat heeft het ministerie zondag bekendgemaakt.`) lends it
/// its date. A subordinate clause with a date of its own reports its own happening (`nadat de Raad van State in 2019
/// oordeelde`), in main-clause order. A main clause with a modal verb (`moet`, `wil`, `zal`) dated on or after the
/// publication date is a plan or target, not a happening, unless it is a day scheduled within a month (`zal dinsdag
/// stemmen`). The headline event is the lead's report (<see cref="LeadChooser"/>), dated by its governing date or
/// the document date; other dates equal to the headline's are part of the headline.
/// </summary>
public sealed partial class EventExtractor(EventLexicon lexicon, ActorGazetteer gazetteer)
{
    /// <summary>How far after publication a scheduled day (`zal dinsdag stemmen`) still counts as announced.</summary>
    private const int ScheduledDays = 31;

    private readonly ClauseCompressor compressor = new(lexicon);
    private readonly SentenceReader reader = new(lexicon);
    private readonly ClauseRewriter rewriter = new(lexicon);

    public EventLexicon Lexicon { get; } = lexicon;

    public ActorGazetteer Gazetteer { get; } = gazetteer;

    public static EventExtractor Create(string language = "nl") => new(EventLexicon.For(language), ActorGazetteer.For(language));

    public ArticleExtraction Extract(Article article)
    {
        var text = article.Source.Text;
        var finder = new ActorFinder(Gazetteer, text);
        var sentences = ArticleSentences.Of(article);
        var readings = Read(article, sentences);
        var events = new List<ExtractedEvent>();
        var lead = LeadChooser.Choose(readings, article.Date);
        var headline = lead < 0 ? null : Headline(article, finder, readings, lead);
        if (headline is not null) events.Add(headline);
        for (var i = 0; i < readings.Length; i++)
        {
            var r = readings[i];
            if (r.Noise != NoiseKind.None || r.BackReference) continue;
            var back = Attribution(article, readings, i);
            var governing = r.Governing ?? back?.Governing;
            if (i != lead && governing is not null && Reports(r, governing.Match, article.Date)
                && (headline is null || !PartOfHeadline(headline.Event, governing.Match, text))
                && Main(article, finder, readings, i, governing, back) is { } main)
                events.Add(main);
            foreach (var (clause, date) in ClauseDates(r, article.Date, finder))
            {
                if (date.Match.Value == governing?.Match.Value) continue;
                if (headline is not null && PartOfHeadline(headline.Event, date.Match, text)) continue;
                var others = r.Dates.Where(d => d != date && d.Clause == clause)
                    .Select(d => new DateInText(d.Match.Start - r.Sentence.Start, d.Match.End - r.Sentence.Start, d.Match.Value, d.Match.Mod)).ToList();
                if (rewriter.MainClause(r.Map, clause, (date.Match.Start - r.Sentence.Start, date.Match.End - r.Sentence.Start), others) is not { } rewritten)
                    continue;
                var polished = compressor.Polish(rewritten);
                if (ClauseCompressor.WordCount(polished) < 3) continue;
                var end = clause.Start == 0 ? clause.End : r.Text.Length;
                var span = new Sentence(r.Sentence.Start + clause.Start, r.Sentence.Start + end, r.Sentence.Tense);
                events.Add(Build(article, finder, span, date.Match, date.Match.Value, polished, Context(article, finder, readings, i, date.Match.Value), false));
            }
        }
        return new ArticleExtraction(article.Id, events, finder.Actors);
    }

    /// <summary>
    /// The opening sentences that may hold the article's news (the first <paramref name="count"/> of those
    /// <see cref="LeadChooser"/> looks at that are no noise, do not lean on the sentence before, and do not say what
    /// should, may or will happen: a `wil`, `moet`, `zal` can be written months before the happening another article
    /// dates, so it would date the article to the happening, not to its writing), as reports without
    /// a date, with the words and actors of their context: what <see cref="Timeline.DateRefiner"/> compares with the
    /// other articles' dated reports to date an article that has no document date.
    /// </summary>
    public IReadOnlyList<ExtractedEvent> Openings(Article article, int count)
    {
        var finder = new ActorFinder(Gazetteer, article.Source.Text);
        var readings = Read(article, ArticleSentences.Of(article, withCaptions: true));
        var openings = new List<ExtractedEvent>(count);
        for (var i = 0; i < readings.Length && i < LeadChooser.Opening && openings.Count < count; i++)
        {
            var r = readings[i];
            // A caption describes the article's news in other words (`De minister bij de uitreiking. © ANP`); only a
            // bare credit line says nothing.
            var caption = r.Noise == NoiseKind.Caption && !NoiseRules.IsCredit(r.Text);
            if (r.Noise != NoiseKind.None && !caption || r.BackReference || r.Modal) continue;
            // The sentence that says who reported it (`Tot die conclusie komt de commissie …`) is part of the report.
            var context = Context(article, finder, readings, i, "");
            if (Attribution(article, readings, i) is { } back) context = (context.Start, Math.Max(context.End, back.Sentence.End));
            openings.Add(Build(article, finder, r.Sentence, null, "", r.Text.Trim(), context, false));
        }
        return openings;
    }

    /// <summary>
    /// The article's body sentences as <see cref="Extract"/> reads them, in text order, each with an undated report of
    /// it (the words and actors of its context, as <see cref="Openings"/> builds them) when <paramref name="asReport"/>
    /// says so: what <see cref="Timeline.DateRefiner"/> weighs when it dates an article from the dossier (whether a
    /// dated report reports a happening at all, and what an undated article reports as past).
    /// </summary>
    internal IReadOnlyList<(SentenceReading Reading, ExtractedEvent? Report)> Sentences(Article article, Func<SentenceReading, bool> asReport)
    {
        var finder = new ActorFinder(Gazetteer, article.Source.Text);
        var readings = Read(article, ArticleSentences.Of(article));
        var sentences = new (SentenceReading, ExtractedEvent?)[readings.Length];
        for (var i = 0; i < readings.Length; i++)
        {
            var r = readings[i];
            sentences[i] = (r, asReport(r) ? Build(article, finder, r.Sentence, null, "", r.Text.Trim(), Context(article, finder, readings, i, ""), false) : null);
        }
        return sentences;
    }

    private SentenceReading[] Read(Article article, IReadOnlyList<Sentence> sentences)
    {
        var text = article.Source.Text;
        var matches = article.Temporal.Matches;
        var readings = new SentenceReading[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var paragraph = ArticleSentences.ParagraphAt(article, s.Start, s);
            var endsParagraph = i + 1 >= sentences.Count || sentences[i + 1].Start >= paragraph.End;
            var endOfText = text.AsSpan(s.End).Trim().IsEmpty;
            readings[i] = reader.Read(text, s, matches, endsParagraph, endOfText);
        }
        // `Premier X op het bordes. © Belga.`: a credit line ends a caption, so the sentence before it is the caption.
        for (var i = 0; i + 1 < readings.Length; i++)
            if (readings[i].Noise == NoiseKind.None && readings[i + 1].Noise == NoiseKind.Caption && NoiseRules.IsCredit(readings[i + 1].Text)
                && SameParagraph(article, readings[i].Sentence, readings[i + 1].Sentence))
                readings[i] = readings[i] with { Noise = NoiseKind.Caption };
        return readings;
    }

    /// <summary>
    /// The next sentence when it only attributes this one (`Dat heeft … zondag bekendgemaakt.`), in the same paragraph
    /// or opening the next one.
    /// </summary>
    private static SentenceReading? Attribution(Article article, SentenceReading[] readings, int i) =>
        i + 1 < readings.Length && readings[i + 1].BackReference && readings[i + 1].Noise == NoiseKind.None
            && (SameParagraph(article, readings[i].Sentence, readings[i + 1].Sentence)
                || !readings[i].Connective && OpensNextParagraph(article, readings[i].Sentence, readings[i + 1].Sentence))
            ? readings[i + 1]
            : null;

    // `… die het kabinet opzij had gezet.⏎⏎Dat heeft de staatssecretaris bekendgemaakt.`: a page may set the
    // attribution apart as a paragraph of its own; it still says who said the sentence before it, when that sentence
    // ends its paragraph and nothing (a heading, a caption) stands between the two. Not of a sentence that leans on
    // the one before it (`Daardoor gaat … omlaag.`): the attribution then covers the paragraph, whose report comes first.
    private static bool OpensNextParagraph(Article article, Sentence said, Sentence by)
    {
        var paragraphs = article.Paragraphs;
        var at = -1;
        for (var k = 0; k < paragraphs.Count; k++)
            if (paragraphs[k].Start <= said.Start && said.Start < paragraphs[k].End) { at = k; break; }
        if (at < 0 || at + 1 >= paragraphs.Count) return false;
        var next = paragraphs[at + 1];
        var text = article.Source.Text;
        return next.Kind == Cleaning.ParagraphKind.Text && next.Start <= by.Start && by.Start < next.End
            && text.AsSpan(next.Start, by.Start - next.Start).Trim().IsEmpty && text.AsSpan(said.End, paragraphs[at].End - said.End).Trim().IsEmpty;
    }

    private static bool Reports(SentenceReading r, TemporalMatch date, DocumentDate? dct) =>
        !r.Irrealis && !r.State && Happening(date.Value, r.Modal, r.Scheduled, dct) && !PresentPlan(r, date.Value, dct) && !DoneAhead(r, date.Value, dct);

    // `Het kabinet besloot de gaswinning af te bouwen, naar nul rond 2030.`: a main clause that says what was done (a
    // past form or a perfect) dated only by a year after publication: the year is the target of what was decided, not
    // its day. A month or a day ahead (`spraken af elkaar begin februari volgend jaar te zien`) is an appointment that
    // the happening, once it took place, is dated by.
    private static bool DoneAhead(SentenceReading r, string value, DocumentDate? dct) =>
        !r.Modal && (r.Past || r.Perfect && !r.PresentPassive) && After(value, dct) && TimexValue.PrecisionOf(value) <= DatePrecision.Year;

    // A main clause in the present (a passive in the present too: `De putten worden volgend jaar gesloten.`), without a
    // modal, a past form or a perfect, dated after publication by a month, season or year (`Ahead`): a plan or expectation.
    private static bool PresentPlan(SentenceReading r, string value, DocumentDate? dct) =>
        !r.Modal && !r.Past && (!r.Perfect || r.PresentPassive) && Ahead(value, dct);

    // `Er volgt in juni een evaluatie.`, `Eind 2024 komt er een nieuwe wet.`: a main clause without a past form or a
    // perfect, dated after publication by a month, season or year, is a plan or expectation. A day (`Op 1 januari
    // verhuist het agentschap.`) is a scheduled happening: it stays, marked planned.
    private static bool Ahead(string value, DocumentDate? dct) =>
        After(value, dct) && TimexValue.PrecisionOf(value) < DatePrecision.Day;

    // Dated after the whole period of the document date.
    private static bool After(string value, DocumentDate? dct) =>
        dct is not null && TimexPeriod.Parse(value) is { } span && TimexPeriod.Parse(dct.Value) is { } anchor && span.Start >= anchor.End;

    // A happening, not a plan or target: with a modal verb (`moet`, `wil`, `zal`) only what lies before publication,
    // or a day scheduled (`zal`, `zullen`) within a month after it.
    private static bool Happening(string value, bool modal, bool scheduled, DocumentDate? dct)
    {
        if (TimexValue.PrecisionOf(value) < DatePrecision.Decade) return false;
        if (!modal) return true;
        if (TimexPeriod.Parse(value) is not { } span || dct is null || TimexPeriod.Parse(dct.Value) is not { } anchor) return false;
        if (span.End <= anchor.Start) return true;
        return scheduled && span.Precision >= DatePrecision.Day && span.Start.DayNumber - anchor.Start.DayNumber <= ScheduledDays;
    }

    /// <summary>
    /// Subordinate clauses (not conditions or purposes) with dates of their own that report happenings: one per
    /// distinct date (`dat hij maandag in Moskou … en dinsdag in Kiev …` reports two).
    /// </summary>
    private IEnumerable<(Clause Clause, DatedExpression Date)> ClauseDates(SentenceReading r, DocumentDate? dct, ActorFinder finder)
    {
        foreach (var clause in r.Map.Subordinates)
        {
            if (clause.Kind is ClauseKind.Conditional or ClauseKind.Purpose || Lexicon.Syntax.Is("conditional", clause.Opener)) continue;
            if (clause.Kind == ClauseKind.Relative && clause.Opener is "die" or "dat" && !ActsIn(r, clause, finder)) continue;
            var inClause = r.Map.Words.Where(w => w.Start >= clause.Start && w.End <= clause.End).ToList();
            if (inClause.Any(w => Lexicon.Syntax.Is("irrealis", w.Lower))) continue;
            if (StateClause.Holds(r.Map, Lexicon.Syntax, w => w.Start >= clause.Start && w.End <= clause.End && r.Map.SubordinateAt(w.Start) == clause))
                continue;
            // `het is onwaarschijnlijk dat …`, `het was de bedoeling dat …`: what the clause says did not (yet) happen.
            if (clause.Kind == ClauseKind.Complement && r.Map.Words.Any(w => w.Start < clause.Start && r.Map.SubordinateAt(w.Start) is null
                && Lexicon.Syntax.Is("uncertain", w.Lower)))
                continue;
            var modals = inClause.Where(w => Lexicon.Syntax.Is("modal", w.Lower)).ToList();
            var scheduled = modals.Count > 0 && modals.All(w => Lexicon.Syntax.Is("scheduled", w.Lower));
            // `zei dat ze de EU eind maart op de hoogte stelt`: a present clause dated after publication by a month,
            // season or year is a plan, as a main clause is (`Reports`).
            var present = modals.Count == 0 && !reader.Past(inClause) && !reader.Perfect(inClause);
            foreach (var date in r.Dates.Where(d => d.Clause == clause && d.OwnRole == DateRole.Governing).DistinctBy(d => d.Match.Value))
                if (Happening(date.Match.Value, modals.Count > 0, scheduled, dct) && !(present && Ahead(date.Match.Value, dct))) yield return (clause, date);
        }
    }

    // `de VVD'er, die er vorig jaar in slaagde …`, `beloftes die het Westen in 1991 deed`: a clause led by `die`/`dat`
    // reports a happening when someone acts in it: a subject of its own, an actor named in it, or a person or name as
    // the noun it describes. Otherwise it only describes a thing (`de zetels die in 2019 werden behaald`, `de
    // pandemie, die een jaar geleden begon`, `het advies, dat woensdag wordt gepresenteerd`).
    private bool ActsIn(SentenceReading r, Clause clause, ActorFinder finder)
    {
        var start = r.Sentence.Start + clause.Start;
        if (finder.Find(start, r.Sentence.Start + clause.End, null).Count > 0) return true;
        var words = r.Map.Words;
        var opener = 0;
        while (opener < words.Count && words[opener].Start < clause.Start) opener++;
        // `die de provincie … maakte`: the clause has a subject of its own, someone who acts.
        var dates = r.Dates.Select(d => (d.Match.Start - r.Sentence.Start, d.Match.End - r.Sentence.Start)).ToList();
        if (opener + 1 < words.Count && r.Map.SubjectLike(opener + 1, Lexicon.Syntax, dates)) return true;
        var noun = opener > 0 ? words[opener - 1] : (SentenceWord?)null;
        if (noun is not { } n) return false;
        var word = r.Text.AsSpan(n.Start, n.End - n.Start);
        return n.Capitalized && n.Start > 0 || Gazetteer.Lexicon.IsAgent(word) || PartyMember().IsMatch(word)
            || finder.Find(r.Sentence.Start + n.Start, r.Sentence.Start + n.End, null).Count > 0;
    }

    // Null when all that is left is the words of a quotation (`Het zal lang duren".` of `…", zei Rutte woensdag.`):
    // the speaker and the date went with the attribution, and a quote without them reports nothing.
    private ExtractedEvent? Main(Article article, ActorFinder finder, SentenceReading[] readings, int i, DatedExpression governing, SentenceReading? back)
    {
        var r = readings[i];
        var own = governing.Match.Start >= r.Sentence.Start && governing.Match.End <= r.Sentence.End ? governing.Match : null;
        var text = Compress(article, r, own);
        if (NoiseRules.QuoteTail(text)) return null;
        var span = back is not null ? r.Sentence with { End = back.Sentence.End } : r.Sentence;
        return Build(article, finder, span, governing.Match, governing.Match.Value, text, Context(article, finder, readings, i, governing.Match.Value), false);
    }

    private string Compress(Article article, SentenceReading r, TemporalMatch? own)
    {
        var start = r.Sentence.Start;
        var others = r.Dates.Where(d => d.Match != own)
            .Select(d => new DateInText(d.Match.Start - start, d.Match.End - start, d.Match.Value, d.Match.Mod)).ToList();
        var date = own is null ? null : new DateInText(own.Start - start, own.End - start, own.Value, own.Mod);
        var text = compressor.Compress(r.Text, date, others);
        return article.Format == Loading.ArticleFormat.Markdown ? MarkdownInline().Replace(text, "$1$2") : text;
    }

    // The event's sentence, and a following sentence of the paragraph that continues it without a date of its own
    // (`Poetin reist dan naar China`); when they name no one, the sentence before it in the paragraph too.
    private static (int Start, int End) Context(Article article, ActorFinder finder, SentenceReading[] readings, int i, string value)
    {
        var s = readings[i].Sentence;
        var end = i + 1 < readings.Length && Continues(article, s, readings[i + 1]) ? readings[i + 1].Sentence.End : s.End;
        if (i > 0 && SameParagraph(article, readings[i - 1].Sentence, s) && finder.Find(s.Start, end, TimexPeriod.Parse(value)?.Start.Year).Count == 0)
            return (readings[i - 1].Sentence.Start, end);
        return (s.Start, end);
    }

    private ExtractedEvent? Headline(Article article, ActorFinder finder, SentenceReading[] readings, int lead)
    {
        var text = article.Source.Text;
        var r = readings[lead];
        var back = Attribution(article, readings, lead);
        var governing = r.Governing ?? back?.Governing;
        // A lead that states a duty, wish or target (`Het kabinet moet in 2030 …`, `De partij wil volgend jaar …`), or
        // a plan in the present tense dated by a later month or year (`Het kabinet schrapt in 2026 …`), is news of the
        // day it was said: the target's date dates no happening (the rules of other reports, `Reports`), so the
        // publication date dates the headline and the target stays in its text. So is a lead with a past form dated
        // after publication (`De fabriek sluit op 1 maart, bevestigde de directie.`): what was said happened before
        // the article, and the later date is what it announced.
        if (governing is not null && article.Date is not null
            && (r.Modal && !Happening(governing.Match.Value, true, r.Scheduled, article.Date)
                || PresentPlan(r, governing.Match.Value, article.Date)
                || !r.Modal && r.Past && After(governing.Match.Value, article.Date)))
            governing = null;
        // `De gaswinning stopt per 1 oktober. Dat heeft de staatssecretaris vanmiddag bekendgemaakt.`: a lead dated after
        // publication whose attribution says when it was made known is the news of that day; its own date stays in its text.
        if (r.Governing is { } ahead && back?.Governing is { } said && After(ahead.Match.Value, article.Date) && !After(said.Match.Value, article.Date))
            governing = said;
        var value = governing?.Match.Value ?? article.Date?.Value;
        if (value is null || TimexValue.PrecisionOf(value) == DatePrecision.None) return null;
        if (TimexValue.PrecisionOf(value) > DatePrecision.Day) value = value[..10];
        var own = governing is not null && governing.Match.Start >= r.Sentence.Start && governing.Match.End <= r.Sentence.End ? governing.Match : null;
        var span = back is not null ? r.Sentence with { End = back.Sentence.End } : r.Sentence;
        var paragraph = ArticleSentences.ParagraphAt(article, span.Start, span);
        var context = (Math.Min(span.Start, paragraph.Start), Math.Max(span.End, paragraph.End));
        // A lead that is a quotation keeps its speaker: cut to the quoted words it would say nothing.
        var compressed = Compress(article, r, own);
        if (NoiseRules.QuoteTail(compressed)) compressed = r.Text.Trim();
        var built = Build(article, finder, span, governing?.Match, value, compressed, context, true);
        // The headline names the actors of its sentence and the next one (`… is in Beijing en sprak Xi Jinping`); the
        // rest of the lead paragraph is context for merging only.
        var second = lead + 1 < readings.Length && readings[lead + 1].Sentence.End <= paragraph.End ? readings[lead + 1].Sentence.End : span.End;
        var ids = finder.Acting(span.Start, Math.Max(span.End, second), TimexPeriod.Parse(value)?.Start.Year);
        return built with { Event = built.Event with { ActorIds = ids } };
    }

    private ExtractedEvent Build(Article article, ActorFinder finder, Sentence s, TemporalMatch? match, string value,
        string compressed, (int Start, int End) context, bool isHeadline)
    {
        var text = article.Source.Text;
        var sentence = text[s.Start..s.End];
        var span = TimexPeriod.Parse(value);
        var year = span?.Start.Year;
        var dates = article.Temporal.Matches;
        var contextMentions = finder.Find(context.Start, context.End, year);
        var excluded = contextMentions.Select(m => (m.Start, m.End))
            .Concat(DateWindow.Overlapping(dates, context.Start, context.End).Select(d => (d.Start, d.End))).ToList();
        var words = KeyWords.Of(text, context.Start, context.End, excluded, Lexicon.StopWords);
        var compounds = KeyWords.JoinedCompounds(text, context.Start, context.End, excluded, Lexicon.StopWords);
        if (compounds.Count > 0) words = [.. words, .. compounds.Except(words, StringComparer.Ordinal)];
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
        var mask = Lexicon.Predicates.ClassesOf(compressed);
        var weekday = match is not null && e.Precision < DatePrecision.Day ? Lexicon.WeekdayNamed(match.Text) : null;
        return new ExtractedEvent(e, sentence, contextActors, words)
        {
            Predicates = Lexicon.Predicates.Names.Where((_, i) => (mask & (1 << i)) != 0).ToList(),
            Weekday = weekday,
            Window = WeekWindow(match, span, dct) ?? CountWindow(match, span, dct),
        };
    }

    /// <summary>How far from its month a week expression's happening can lie: the days either side of the month.</summary>
    private const int WeekReach = 14;

    // `vorige week` in an article dated 2019-10 resolves to 2019: the happening lies within a fortnight of October.
    private TimexPeriod? WeekWindow(TemporalMatch? match, TimexPeriod? span, DocumentDate? dct)
    {
        if (match is null || span is not { Precision: DatePrecision.Year } year || dct is null || TimexPeriod.Parse(dct.Value) is not { Precision: DatePrecision.Month } month
            || !year.Contains(month) || match.Text.Any(char.IsDigit) || !HasWord(match.Text.ToLowerInvariant(), Lexicon.WeekWords))
            return null;
        var start = month.Start.AddDays(-WeekReach);
        var end = month.End.AddDays(WeekReach);
        return new TimexPeriod(start < year.Start ? year.Start : start, end > year.End ? year.End : end, DatePrecision.Month);
    }

    /// <summary>The fewest days a count back from publication (`honderd dagen geleden`) must span to be read as round.</summary>
    private const int RoundCountDays = 30;

    /// <summary>A round count back is good to this share of its days either way (a hundred days: five).</summary>
    private const int CountSlack = 20;

    // `Het is al honderd dagen geleden dat …` in an article of 2 October 2016 resolves to 24 June: a round count, and
    // the happening (the vote of the 23rd) lies within a few days of it.
    private TimexPeriod? CountWindow(TemporalMatch? match, TimexPeriod? span, DocumentDate? dct)
    {
        if (match is null || span is not { Precision: DatePrecision.Day } day || dct is null
            || TimexPeriod.Parse(dct.Value) is not { Precision: >= DatePrecision.Day } published || !HasWord(match.Text.ToLowerInvariant(), Lexicon.CountBackWords))
            return null;
        var days = published.Start.DayNumber - day.Start.DayNumber;
        if (days < RoundCountDays) return null;
        var slack = days / CountSlack;
        return new TimexPeriod(day.Start.AddDays(-slack), day.End.AddDays(slack), DatePrecision.Day);
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
        var value = TimexValue.PrecisionOf(match.Value) > DatePrecision.Day ? DayOf(match.Value) : match.Value;
        if (value != headline.Date) return false;
        if (headline.Precision >= DatePrecision.Day) return true;
        if (headline.TimexStart >= 0)
            return string.Equals(text[headline.TimexStart..headline.TimexEnd], match.Text, StringComparison.OrdinalIgnoreCase);
        return HasWord(match.Text.ToLowerInvariant(), Lexicon.TodayWords);
    }

    // `2022-02-04TMO` is that day; `2019-11TMO` (a day part on a day the text does not pin down) is that month.
    private static string DayOf(string value)
    {
        var t = value.IndexOf('T');
        var date = t > 0 ? value[..t] : value;
        return date.Length > 10 ? date[..10] : date;
    }

    // Whether one of the phrases occurs in the text with no letter right before or after it. Searched by hand: a
    // regex built per phrase thrashed the regex cache (more phrases than it holds) and parsed a pattern per call.
    private static bool HasWord(string lower, IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length == 0) continue;
            for (var at = lower.IndexOf(w, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(w, at + 1, StringComparison.Ordinal))
            {
                var end = at + w.Length;
                if ((at == 0 || !char.IsLetter(lower[at - 1])) && (end == lower.Length || !char.IsLetter(lower[end]))) return true;
            }
        }
        return false;
    }

    // A sentence of the same paragraph without a date of its own that refers back (`Poetin reist dan naar China`)
    // continues the event.
    private static bool Continues(Article article, Sentence sentence, SentenceReading next) =>
        SameParagraph(article, sentence, next.Sentence) && next.Dates.Count == 0 && next.ContinuesBefore;

    private static bool SameParagraph(Article article, Sentence a, Sentence b) =>
        ArticleSentences.ParagraphAt(article, a.Start, a) == ArticleSentences.ParagraphAt(article, b.Start, a);

    // Inline Markdown in event texts: `[text](url)` keeps its text; emphasis marks and code ticks go.
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)|(?:\*\*|__|`|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w))()")]
    private static partial Regex MarkdownInline();

    // `VVD'er`, `D66’ers`: a member of a party (the apostrophe after a capital), a person.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d]*['’]ers?$")]
    private static partial Regex PartyMember();

    [GeneratedRegex(@"\d{4}|'\d{2}\b")]
    private static partial Regex ExplicitYear();
}
