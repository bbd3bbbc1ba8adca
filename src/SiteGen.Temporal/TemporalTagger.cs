using System.Collections.Concurrent;
using SiteGen.Temporal.Resolution;
using SiteGen.Temporal.Rules;
using SiteGen.Temporal.Text;

namespace SiteGen.Temporal;

/// <summary>
/// The front door of the tagger: finds and resolves temporal expressions in one text.
/// The language lives in <c>Resources/&lt;lang&gt;/</c>; this class holds no language.
/// Thread-safe: one instance can tag many texts in parallel.
/// </summary>
public sealed class TemporalTagger
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledLanguage>> Languages = new(StringComparer.Ordinal);
    private readonly MatchResolver _resolver;
    private readonly DocumentDateFinder _finder;
    private readonly DocumentDateNarrower _narrower;

    private TemporalTagger(CompiledLanguage compiled)
    {
        Compiled = compiled;
        _resolver = new MatchResolver(compiled);
        _finder = new DocumentDateFinder(_resolver, compiled.Signals, compiled.DatelineLead, compiled.DatelineTail, compiled.TargetCue);
        _narrower = new DocumentDateNarrower(_resolver, compiled.AnniversaryCue);
    }

    public string Language => Compiled.Resources.Language;

    /// <summary>The compiled rules (shared by all taggers of the language); exposed for tests and tools.</summary>
    public CompiledLanguage Compiled { get; }

    /// <summary>
    /// Loads the rules of a language (<c>nl</c>), once per process and mode. <paramref name="compiled"/> trades about two
    /// CPU-seconds at start for twice the matching speed: worth it from a few thousand articles on (see
    /// <see cref="CompiledLanguage(LanguageResources, bool)"/>); the results are the same. Throws only when the
    /// resources are broken (a bug, not content).
    /// </summary>
    public static TemporalTagger Create(string language = "nl", bool compiled = true) =>
        new(Languages.GetOrAdd($"{language}|{(compiled ? "compiled" : "interpreted")}",
            _ => new Lazy<CompiledLanguage>(() => new CompiledLanguage(LanguageResources.Load(language), compiled))).Value);

    /// <summary>
    /// Tags <paramref name="text"/>. When <paramref name="documentDate"/> is given, relative expressions are resolved
    /// against it; otherwise the document date is taken from a dateline or <c> date YYYY-MM</c> header in the text,
    /// or inferred from the text and marked estimated. Never throws on any input: a bug comes back as
    /// <see cref="TemporalAnalysis.Failure"/>.
    /// </summary>
    public TemporalAnalysis Analyze(string text, DocumentDate? documentDate = null)
    {
        if (string.IsNullOrEmpty(text)) return new(documentDate, [], []);
        try
        {
            return Run(text, documentDate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a bug must not stop the other articles: this text comes back untagged, with the failure for its caller to report
            return TemporalAnalysis.Failed(documentDate, e);
        }
    }

    private TemporalAnalysis Run(string text, DocumentDate? known)
    {
        var raws = Compiled.FindAll(text);
        var spans = SentenceSplitter.Split(text, Compiled.Abbreviations);
        var tenses = new TenseMap(text, Compiled, spans);
        var locator = new SentenceLocator(spans);
        Tense TenseOf(RawMatch raw)
        {
            var index = locator.Find(raw.Start);
            var tense = index < 0 ? Tense.Present : tenses.At(index, raw.Start, raw.End);
            return Compiled.Signals.Adjust(text, raw.Start, tense);
        }
        var dct = known ?? _finder.Find(text, raws, TenseOf);
        if (known is null && dct is not null && _narrower.Narrow(text, raws, dct, spans) is { } narrowed) dct = narrowed;
        var reader = new StoryReader(text, raws, spans, _resolver, Anchor.TryParse(dct?.Value), TenseOf, Compiled.Continuation, Compiled.Comparison);
        var sentences = new List<Sentence>(spans.Count);
        for (var i = 0; i < spans.Count; i++) sentences.Add(new Sentence(spans[i].Start, spans[i].End, tenses.IfKnown(i)));
        return new TemporalAnalysis(dct, sentences, reader.Matches) { Problems = reader.Problems };
    }
}
