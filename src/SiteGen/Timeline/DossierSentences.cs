using System.Collections.Concurrent;
using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// The sentences behind a dossier dating (<see cref="DossierReports"/>), read as the extractor reads them
/// (<see cref="EventExtractor.Sentences"/>): what an undated article's body reports as past (<see cref="Past"/>), and
/// how the sentence of a dated report reads (<see cref="ReadingOf"/>), so the refiner can tell a report of a happening
/// from a state, a plan or a sentence that leans on the one before it. An article is read only when a dating needs it,
/// once; pure, so the result does not depend on which thread read it first.
/// </summary>
internal sealed class DossierSentences
{
    private readonly EventExtractor extractor;
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SentenceReading>> read = new(StringComparer.Ordinal);

    public DossierSentences(EventExtractor extractor, IEnumerable<Article> articles)
    {
        this.extractor = extractor;
        foreach (var article in articles) this.articles.TryAdd(article.Id, article);
    }

    /// <summary>The language's word classes, for <see cref="DossierEvidence"/>.</summary>
    public SyntaxWords Syntax => extractor.Lexicon.Syntax;

    /// <summary>
    /// The sentences of <paramref name="article"/>'s body past its <paramref name="openings"/> that are no noise, as
    /// undated reports, each marked whether it reports a happening as past (<see cref="DossierEvidence.ReportsPast"/>)
    /// with no date or time of its own (`begin december`, `donderdag`: it is dated by its own words, which an undated
    /// article cannot place), in the article's own words, not inside a quotation that began in a sentence before
    /// (`'… heeft besloten. Het land gaat de unie verlaten.'`). All of them count for how rare a word is: the body is
    /// part of the article.
    /// </summary>
    public IReadOnlyList<(ExtractedEvent Report, bool Past)> Body(Article article, IReadOnlyList<ExtractedEvent> openings)
    {
        var opening = openings.Select(o => o.Event.SentenceStart).ToHashSet();
        var unpacked = article.WithTextUnpacked();
        var text = unpacked.Source.Text;
        var body = new List<(ExtractedEvent, bool)>();
        foreach (var (r, report) in extractor.Sentences(unpacked, r => !opening.Contains(r.Sentence.Start) && r.Noise == NoiseKind.None))
        {
            if (report is null) continue;
            var past = DossierEvidence.ReportsPast(r, Syntax)
                && !DateWindow.Inside(unpacked.Temporal.Matches, r.Sentence.Start, r.Sentence.End).Any(m => m.Type is TimexType.Date or TimexType.Time)
                && !QuoteMap.Inside(text, ArticleSentences.ParagraphAt(unpacked, r.Sentence.Start, r.Sentence).Start, r.Sentence.Start);
            body.Add((report, past));
        }
        return body;
    }

    /// <summary>The reading of the sentence that holds <paramref name="report"/>; null when its article is unknown.</summary>
    public SentenceReading? ReadingOf(ExtractedEvent report)
    {
        var id = report.Event.ArticleId;
        if (!articles.TryGetValue(id, out var article)) return null;
        var readings = read.GetOrAdd(id, _ => [.. extractor.Sentences(article.WithTextUnpacked(), _ => false).Select(s => s.Reading)]);
        var at = report.Event.SentenceStart;
        foreach (var r in readings)
            if (r.Sentence.Start <= at && at < r.Sentence.End) return r;
        return null;
    }
}
