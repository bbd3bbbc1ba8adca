using System.Reflection;
using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Loading;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using SiteGen.Verification.Model;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// Every kind of cache entry reads back as it was written, field for field (compared as JSON, since records hold
/// lists that compare by reference), for real articles: the generated corpus, the seeds and every robustness fixture
/// (binary files, impossible dates, broken front matter...), their events, and the verdicts of real pages.
/// </summary>
public sealed class CacheCodecTests
{
    private static readonly Lazy<IReadOnlyList<(LoadedArticle Entry, string Text)>> Loaded = new(LoadAll);

    private static IReadOnlyList<(LoadedArticle Entry, string Text)> LoadAll()
    {
        var loader = new ArticleLoader(TemporalTagger.Create("nl"), "nl");
        using var corpus = new GeneratedCorpus(40);
        var folders = new[] { corpus.Input, Repo.Seeds }
            .Concat(Directory.EnumerateDirectories(Path.Combine(Repo.TestProject, "Fixtures")).Select(f => Path.Combine(f, "input")).Where(Directory.Exists));
        var entries = new List<(LoadedArticle, string)>();
        foreach (var folder in folders)
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                var diagnostics = new DiagnosticBag();
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var article = loader.LoadBytes(bytes, relative, diagnostics);
                entries.Add((new LoadedArticle(relative, article?.Source.ContentHash ?? "none", article, diagnostics.Sorted), TextDecoder.Decode(bytes).Text));
            }
        return entries;
    }

    [Fact]
    public void An_article_entry_reads_back_as_written_with_its_text_put_back()
    {
        var entries = Loaded.Value;
        Assert.Contains(entries, e => e.Entry.Article is null);
        Assert.Contains(entries, e => e.Entry.Diagnostics.Count > 0);
        Assert.Contains(entries, e => e.Entry.Article?.Temporal.Problems.Count > 0);
        Assert.Contains(entries, e => e.Entry.Article?.Meta.Tags?.Count > 0);
        // A date taken from another article keeps where it came from.
        var (dated, datedText) = entries.First(e => e.Entry.Article?.Temporal.DocumentDate is not null);
        var derived = dated with
        {
            Article = dated.Article! with
            {
                Temporal = dated.Article.Temporal with { DocumentDate = new DocumentDate("2023-05-16", true, "dossier", "100: bericht", "100") },
            },
        };
        foreach (var (entry, text) in entries.Append((derived, datedText)))
        {
            var codec = new LoadedArticleCodec(() => text);
            Assert.Equal(Json(entry), Json(RoundTrip(entry, codec)));
        }
        Assert.Equal("100", RoundTrip(derived, new LoadedArticleCodec(() => datedText)).Article!.Temporal.DocumentDate!.From);
    }

    [Fact]
    public void An_events_entry_reads_back_as_written()
    {
        var extractor = EventExtractor.Create("nl");
        var extractions = Loaded.Value.Select(e => e.Entry.Article).OfType<Article>()
            .Select(a => (Entry: new CachedExtraction(a.Id, a.Source.ContentHash, extractor.Extract(a)), a.Source.Text)).ToList();
        Assert.Contains(extractions, x => x.Entry.Extraction.Events.Any(e => e.ContextActors.Count > 0 && e.KeyWords.Count > 3));
        Assert.Contains(extractions, x => x.Entry.Extraction.Actors.Count > 0);
        foreach (var (entry, text) in extractions)
            Assert.Equal(Json(entry), Json(RoundTrip(entry, new CachedExtractionCodec(text))));
    }

    [Fact]
    public void An_event_whose_sentence_is_not_its_span_of_the_text_keeps_its_own_sentence()
    {
        var e = new ArticleEvent("a", false, "2023-03-03", DatePrecision.Day, TimexMod.None, false, false, "Kort.", 0, 5, -1, -1, ["poetin"]) { ItemId = "i-1" };
        var entry = new CachedExtraction("a", "hash", new ArticleExtraction("a", [new ExtractedEvent(e, "Een andere zin.", ["poetin"], ["andere"]) { Predicates = ["announce", "resign"], Weekday = DayOfWeek.Sunday,
            Window = new TimexPeriod(new DateOnly(2023, 2, 15), new DateOnly(2023, 4, 15), DatePrecision.Month) }], []));

        var read = RoundTrip(entry, new CachedExtractionCodec("Kort. En verder."));

        Assert.Equal("Een andere zin.", read.Extraction.Events[0].Sentence);
        Assert.Equal(["announce", "resign"], read.Extraction.Events[0].Predicates);
        Assert.Equal(DayOfWeek.Sunday, read.Extraction.Events[0].Weekday);
        Assert.Equal(new TimexPeriod(new DateOnly(2023, 2, 15), new DateOnly(2023, 4, 15), DatePrecision.Month), read.Extraction.Events[0].Window);
        Assert.Equal(Json(entry), Json(read));
    }

    private static readonly PageVerdict Verdict = new(
        [new VerdictFinding("SG5011", 8, 1, "Inline handler 'onclick'.", "Remove it."), new VerdictFinding("SG5006", 0, 0, "No h1.", null)],
        ["inhoud", "z-1", ""],
        [new PageLink("/repo/", 3, 9), new PageLink("/repo/", 4, 2), new PageLink("#z-1", 0, 0), new PageLink("/repo/ä ö/", 12, 40),
            new PageLink("/repo/artikelen/x/", 0, 0), new PageLink("/repo/artikelen/x/#z-104", 0, 0), new PageLink("/repo/artikelen/", 0, 0)]);

    [Fact]
    public void A_page_verdict_reads_back_as_written_and_its_links_every_time_they_are_enumerated()
    {
        var read = RoundTrip(Verdict, PageVerdictCodec.Instance);

        Assert.Equal(Json(Verdict), Json(read));
        Assert.Equal(Verdict.Links, read.Links.ToList());
        Assert.Equal(Verdict.Links, read.Links.ToList());
        Assert.Equal(Verdict.Links[5], read.Links[5]);
    }

    [Fact]
    public void Strings_and_links_read_back_exactly_even_where_UTF8_cannot_hold_them()
    {
        string?[] strings = ["ok 😀", "cut \uD83D", "\uDE00 cut", null, "", "ok 😀", "\uD800\uD800"];
        var writer = new EntryWriter();
        foreach (var s in strings) writer.WriteString(s);
        var bytes = writer.ToArray();
        using var reader = new EntryReader(bytes, bytes.Length);
        Assert.Equal(strings, strings.Select(_ => reader.ReadNullableString()));
        Assert.True(reader.AtEnd);

        // Two URLs sharing the first half of a surrogate pair, and a page whose URL holds a lone surrogate.
        PageLink[] emoji = [new("/repo/tags/😀/", 1, 1), new("/repo/tags/😁/", 2, 2)];
        PageLink[] lone = [new("/repo/tags/😀/", 1, 1), new("/repo/tags/\uD83D/", 2, 2)];
        foreach (var links in new[] { emoji, lone })
            Assert.Equal(links, RoundTrip(new PageVerdict([], [], links), PageVerdictCodec.Instance).Links.ToArray());
    }

    [Fact]
    public void A_body_entry_reads_back_as_written()
    {
        var body = new CachedBody(RawHtml.DigestOf("<p id=\"p-0\">x</p>"), ["p-0", "z-0", "z-12"], "Een samenvatting…",
            [new Diagnostic(Severity.Warning, "SG0130", "a.md", 0, 0, "Te diep.", null), new Diagnostic(Severity.Info, "SG0001", "a.md", 3, 4, "Info.", "Fix.")]);
        Assert.Equal(Json(body), Json(RoundTrip(body, CachedBodyCodec.Instance)));
        Assert.Equal(Json(body with { Anchors = [], Description = "", Diagnostics = [] }), Json(RoundTrip(body with { Anchors = [], Description = "", Diagnostics = [] }, CachedBodyCodec.Instance)));
    }

    [Fact]
    public void Every_prefix_of_a_verdict_is_refused_as_damaged()
    {
        var writer = new EntryWriter();
        PageVerdictCodec.Instance.Write(writer, Verdict);
        var bytes = writer.ToArray();

        for (var length = 0; length < bytes.Length; length++)
        {
            using var reader = new EntryReader(bytes, length);
            Assert.Throws<InvalidDataException>(() => PageVerdictCodec.Instance.Read(reader));
        }
    }

    [Fact]
    public void Every_prefix_of_an_entry_is_refused_as_damaged_and_never_read_as_another_value()
    {
        var (entry, text) = Loaded.Value.First(e => e.Entry.Article is { Temporal.Matches.Count: > 2 });
        var codec = new LoadedArticleCodec(() => text);
        var writer = new EntryWriter();
        codec.Write(writer, entry);
        var bytes = writer.ToArray();

        for (var length = 0; length < bytes.Length; length++)
        {
            using var reader = new EntryReader(bytes, length);
            Assert.Throws<InvalidDataException>(() => codec.Read(reader));
        }
    }

    /// <summary>
    /// A field added to a cached record and not to its codec would be lost on every cache hit. This list is what the
    /// codecs write; when it fails, add the field to the codec (and bump PackFile.FormatVersion), then here.
    /// </summary>
    [Fact]
    public void The_codecs_know_every_field_of_the_records_they_store()
    {
        string[] known =
        [
            "LoadedArticle: Article ContentHash Diagnostics RelativePath",
            "Article: Format Meta Paragraphs Slug Source Temporal Title",
            "SourceFile: ContentHash Id RelativePath Text",
            "FrontMatter: Author Date Lang Source Tags Title Url",
            "Paragraph: End Kind Rule Start",
            "TemporalAnalysis: DocumentDate Failure Matches Problems Sentences",
            "DocumentDate: Estimated Evidence From Source Value",
            "Sentence: End Start Tense",
            "TemporalMatch: End Mod Rule Start Text Type Value",
            "TemporalProblem: End Message Start Text",
            "Diagnostic: Code Column File Fix Line Message Severity",
            "CachedExtraction: ArticleId ContentHash Extraction",
            "ArticleExtraction: Actors ArticleId Events",
            "ExtractedEvent: ContextActors Event KeyWords Predicates Sentence Weekday Window",
            "ArticleEvent: ActorIds ArticleId Date Estimated IsHeadline ItemId Mod Planned Precision SentenceEnd SentenceStart Text TimexEnd TimexStart",
            "Actor: Aliases ArticleIds Id Kind Mentions Name Roles",
            "ActorAlias: Because Name",
            "PageVerdict: Findings Ids Links",
            "VerdictFinding: Code Column Fix Line Message",
            "PageLink: Column Line Url",
            "CachedBody: Anchors Description Diagnostics Digest",
        ];
        Type[] types =
        [
            typeof(LoadedArticle), typeof(Article), typeof(SourceFile), typeof(FrontMatter), typeof(SiteGen.Cleaning.Paragraph), typeof(TemporalAnalysis),
            typeof(DocumentDate), typeof(Sentence), typeof(TemporalMatch), typeof(TemporalProblem), typeof(Diagnostic), typeof(CachedExtraction),
            typeof(ArticleExtraction), typeof(ExtractedEvent), typeof(ArticleEvent), typeof(Actor), typeof(ActorAlias), typeof(PageVerdict), typeof(VerdictFinding), typeof(PageLink),
            typeof(CachedBody),
        ];

        // Stored fields are the settable ones (positional and init properties); computed ones (Article.Id) are not stored.
        var actual = types.Select(t => $"{t.Name}: " + string.Join(' ', t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.Name != "EqualityContract").Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(known, actual);
    }

    private static T RoundTrip<T>(T value, ICacheCodec<T> codec)
    {
        var writer = new EntryWriter();
        codec.Write(writer, value);
        var bytes = writer.ToArray();
        using var reader = new EntryReader(bytes, bytes.Length);
        var read = codec.Read(reader);
        Assert.True(reader.AtEnd, "the reader reads the whole entry");
        return read;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { IncludeFields = false, WriteIndented = true };
}
