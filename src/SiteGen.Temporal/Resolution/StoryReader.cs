using System.Text.RegularExpressions;
using SiteGen.Temporal.Rules;

namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Resolves the raw matches of one text in text order, sentence by sentence, keeping the <see cref="StoryTime"/>:
/// relative expressions count from the document date, anaphoric ones from where the story is, and a bare clock time
/// or part of the day (a rule flagged <c>attach</c>) falls on the day its own sentence names (before it, else after
/// it: <c>Om 7.58 uur ... werden vandaag</c>), else on the story's day (<see cref="StoryTime.ClockDay"/>).
/// </summary>
public sealed class StoryReader
{
    /// <summary>How many expressions after a clock time its sentence is searched for a day, so a run-on text stays linear.</summary>
    private const int LookAhead = 8;

    /// <summary>How far before a clock time a cue that the sentence carries on the story is looked for.</summary>
    private const int ContinuationReach = 80;

    private readonly string _text;
    private readonly IReadOnlyList<RawMatch> _raws;
    private readonly MatchResolver _resolver;
    private readonly Anchor? _dct;
    private readonly Func<RawMatch, Tense> _tenseOf;
    private readonly Regex _continuation;
    private readonly Regex _comparison;
    private readonly StoryTime _story;

    public StoryReader(string text, IReadOnlyList<RawMatch> raws, IReadOnlyList<(int Start, int End)> sentences, MatchResolver resolver,
        Anchor? documentDate, Func<RawMatch, Tense> tenseOf, Regex continuation, Regex comparison)
    {
        (_text, _raws, _resolver, _dct, _tenseOf, _continuation, _comparison) = (text, raws, resolver, documentDate, tenseOf, continuation, comparison);
        _story = new StoryTime(documentDate);
        var paragraphs = Paragraphs(text, sentences);
        var locator = new Text.SentenceLocator(sentences);
        for (var i = 0; i < raws.Count;)
        {
            var sentence = locator.Find(raws[i].Start);
            var end = i + 1;
            if (sentence >= 0) while (end < raws.Count && raws[end].Start < sentences[sentence].End) end++;
            ReadSentence(i, end, sentence < 0 ? raws[i].Start : sentences[sentence].Start, sentence < 0 ? -1 : paragraphs[sentence]);
            i = end;
        }
    }

    public List<TemporalMatch> Matches { get; } = [];

    public List<TemporalProblem> Problems { get; } = [];

    private void ReadSentence(int from, int to, int sentenceStart, int paragraph)
    {
        Anchor? sentenceDay = null;
        TemporalMatch? previous = null;
        for (var k = from; k < to; k++)
        {
            var raw = _raws[k];
            if (raw.Rule.Definition.IsSilent) continue;
            var tense = raw.Rule.NeedsTense ? _tenseOf(raw) : Tense.Unknown;
            StoryAnchors anchors;
            if (raw.Rule.Definition.Attaches)
            {
                var day = sentenceDay ?? DayAfter(k, to) ?? _story.ClockDay(paragraph, Continues(raw, sentenceStart), () => _tenseOf(raw));
                anchors = new StoryAnchors(day, day);
            }
            else anchors = _story.Anchors;
            var match = _resolver.Resolve(_text, raw, _dct, tense, anchors, out var problem);
            // a step forward from the story's present that names the publication date again ("Vandaag, zes jaar later")
            // or runs past it in a clause that is not about the future counts from the last time before the publication,
            // or from the publication itself when the text named none and the time it ran past was named as a plan or
            // deadline ("Hij diende eerder op de dag zijn ontslag in" after "wil voor 31 oktober" is the publication day)
            if (match is not null && raw.Rule.UsesStory && !raw.Rule.Definition.Attaches
                && (Restates(previous, raw) || RunsPastPublication(match) && _tenseOf(raw) != Tense.Future)
                && (_story.Past ?? PublicationAfterPlan()) is { } past)
                match = _resolver.Resolve(_text, raw, _dct, tense, _story.Anchors with { Latest = past, Day = past.Day is null ? null : past }) ?? match;
            // A text that tells the past in the present tense ("Op 14 september 2022 stuurt de raad een brief. Eind
            // oktober antwoordt de minister.") places a bare month or day forward from the time it tells, not after
            // its publication.
            if (match is not null && raw.Rule.NeedsTense && !raw.Rule.CallsWeekday && RunsPastPublication(match) && _story.Past is { } told
                && Narrating() && _tenseOf(raw) == Tense.Present)
                match = _resolver.Resolve(_text, raw, told, Tense.Future, _story.Anchors) ?? match;
            if (problem is not null) Problems.Add(problem);
            if (match is null) continue;
            Matches.Add(match);
            // "4 procent meer dan een jaar eerder": the standard a figure is compared with is not where the story goes
            if (!IsComparedWith(raw, sentenceStart)) _story.Note(match, paragraph, IsHeading(raw));
            if (IsPast(match)) _pastNamed = raw;
            if (match.Value == "PRESENT_REF") _storyNamed = null;
            else if (DayOf(match) is not null) _storyNamed = raw;
            previous = match;
            if (DayOf(match) is { } named) sentenceDay = named;
        }
    }

    // "Om 7.58 uur, ..., werden vandaag de namen voorgelezen": the first day named later in the same sentence
    private Anchor? DayAfter(int k, int to)
    {
        for (var m = k + 1; m < Math.Min(to, k + 1 + LookAhead); m++)
        {
            var raw = _raws[m];
            if (raw.Rule.Definition.IsSilent || raw.Rule.Definition.Attaches) continue;
            var tense = raw.Rule.NeedsTense ? _tenseOf(raw) : Tense.Unknown;
            if (_resolver.Resolve(_text, raw, _dct, tense, _story.Anchors) is { } later && DayOf(later) is { } day) return day;
        }
        return null;
    }

    // "Vandaag, exact zes jaar later, ...": a step from the story set right after the publication date names that same
    // date again, counted from where the story was before it
    private bool Restates(TemporalMatch? previous, RawMatch raw)
    {
        if (previous is null || raw.Start - previous.End > RestatementGap || !IsNow(previous)) return false;
        var gap = _text.AsSpan(previous.End, raw.Start - previous.End);
        var words = 0;
        for (var i = 0; i < gap.Length; i++)
            if (char.IsLetter(gap[i]) && (i == 0 || !char.IsLetter(gap[i - 1]))) words++;
            else if (!char.IsLetter(gap[i]) && !char.IsWhiteSpace(gap[i]) && gap[i] is not (',' or '–' or '-')) return false;
        return words <= 1;
    }

    private const int RestatementGap = 16;

    // The expression that last named the story's day; its tense is read only when a step runs past publication.
    private RawMatch? _storyNamed;

    private Anchor? PublicationAfterPlan() => _storyNamed is { } named && _tenseOf(named) != Tense.Past ? _dct : null;

    // The expression that named the story's last time before publication (StoryTime.Past).
    private RawMatch? _pastNamed;

    // The story's last time before publication is a month or a day, named in the present tense.
    private bool Narrating() =>
        _pastNamed is { } named && _story.Past is { Month: not null } && _tenseOf(named) == Tense.Present;

    private bool IsPast(TemporalMatch match) =>
        _dct is not null && match.Type is TimexType.Date or TimexType.Time && TimexValue.PrecisionOf(match.Value) >= DatePrecision.Year
        && Anchor.TryParse(match.Value) is { } named && named.EndsBefore(_dct);

    private bool RunsPastPublication(TemporalMatch match) =>
        _dct is not null && Anchor.TryParse(match.Value) is { } named && _dct.EndsBefore(named);

    private bool IsNow(TemporalMatch match) =>
        match.Value == "PRESENT_REF" || _dct is not null && Anchor.TryParse(match.Value) is { } named
        && named.Year == _dct.Year && named.Month == _dct.Month && named.Day == _dct.Day;

    // "Donderdag 13 maart" on a line of its own heads what follows (a programme, a liveblog): nothing else on its line
    private bool IsHeading(RawMatch raw)
    {
        var lineStart = raw.Start == 0 ? 0 : _text.LastIndexOf('\n', raw.Start - 1) + 1;
        var lineEnd = _text.IndexOf('\n', raw.End);
        if (lineEnd < 0) lineEnd = _text.Length;
        return _text.AsSpan(lineStart, raw.Start - lineStart).IsWhiteSpace()
            && !_text.AsSpan(raw.End, lineEnd - raw.End).ContainsAnyExcept(HeadingTail);
    }

    private static readonly System.Buffers.SearchValues<char> HeadingTail = System.Buffers.SearchValues.Create(" \t\r\n.:");

    private bool IsComparedWith(RawMatch raw, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, raw.Start - ComparisonReach);
        return _comparison.IsMatch(_text.AsSpan(from, raw.Start - from));
    }

    /// <summary>How far before an expression the words that make it a standard of comparison are looked for.</summary>
    private const int ComparisonReach = 40;

    private bool Continues(RawMatch raw, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, raw.Start - ContinuationReach);
        return _continuation.IsMatch(_text.AsSpan(from, raw.Start - from));
    }

    private static Anchor? DayOf(TemporalMatch match) =>
        match.Type is TimexType.Date or TimexType.Time && TimexValue.PrecisionOf(match.Value) >= DatePrecision.Day
            ? Anchor.TryParse(match.Value) : null;

    // a paragraph ends where a line ends between two sentences
    private static int[] Paragraphs(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        var paragraphs = new int[sentences.Count];
        for (var i = 1; i < sentences.Count; i++)
        {
            var gap = text.AsSpan(sentences[i - 1].End, sentences[i].Start - sentences[i - 1].End);
            paragraphs[i] = paragraphs[i - 1] + (gap.Contains('\n') ? 1 : 0);
        }
        return paragraphs;
    }
}
