using BenchmarkDotNet.Attributes;
using SiteGen.Articles;
using SiteGen.Configuration;
using SiteGen.CorpusGenerator;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Assets;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;
using SiteGen.Temporal;
using SiteGen.Timeline;
using SiteGen.Verification;

namespace SiteGen.Benchmarks;

/// <summary>
/// The site's hot stages after the tagger, one thread each, over a generated corpus (<c>SiteGen.CorpusGenerator</c>,
/// 500 articles) loaded once: event extraction, merging, rendering every page through the repository's templates,
/// and verifying the rendered pages. Divide by the article count for a per-article cost.
/// </summary>
[MemoryDiagnoser]
public class SiteStagesBenchmark
{
    private const int Articles = 500;

    private string _root = "";
    private SiteOptions _options = null!;
    private IReadOnlyList<Article> _articles = [];
    private EventExtractor _extractor = null!;
    private List<ExtractedEvent> _events = [];
    private TimelineResult _timeline = null!;
    private IReadOnlyList<Article> _ordered = [];
    private TemplateSet _templates = null!;
    private UiStrings _strings = null!;
    private SiteUrls _urls = null!;
    private List<OutputFile> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("sitegen-bench-stages-").FullName;
        var input = Path.Combine(_root, "input");
        new CorpusWriter(new GeneratorOptions(Articles, input)).Write();
        var repo = RepositoryRoot();
        _options = SiteOptions.ForRoot(_root) with
        {
            Input = input,
            Templates = Path.Combine(repo, "templates"),
            Wwwroot = Path.Combine(repo, "wwwroot"),
        };
        var tagger = TemporalTagger.Create("nl");
        var diagnostics = new DiagnosticBag();
        _articles = new ArticleLoader(tagger).LoadFolder(input, diagnostics);
        _extractor = EventExtractor.Create("nl");
        _events = [.. _articles.SelectMany(a => _extractor.Extract(a).Events)];
        _timeline = new TimelineBuilder(tagger, parallelism: 1).Build(_articles, Progress.BuildProgress.Silent);
        _ordered = SiteBuilder.ChronologicalOrder(_timeline.Articles);
        _templates = TemplateSet.Load(_options.Templates, diagnostics) ?? throw new InvalidOperationException("templates");
        _strings = UiStrings.Load(_options.Templates, "nl", diagnostics) ?? throw new InvalidOperationException("texts");
        _urls = new SiteUrls(_options, AssetPipeline.Collect(_options.Wwwroot).Names);
        _pages = RenderPagesList().Concat(AssetPipeline.Collect(_options.Wwwroot).Files).ToList();
        Console.WriteLine($"// {_articles.Count} articles, {_events.Count} events, {_pages.Count} files, "
            + $"{_pages.Sum(p => (long)p.Content.Length) / 1_000_000.0:0.0} MB of output");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public int ExtractEvents() => _articles.Sum(a => _extractor.Extract(a).Events.Count);

    [Benchmark]
    public int MergeEvents() => new IndexedEventMerger().Merge(_events).Count;

    [Benchmark]
    public int RenderPages() => RenderPagesList().Count;

    [Benchmark]
    public int VerifyPages() => new SiteVerifier(SiteVerifier.AllChecks) { Parallelism = 1 }.Verify(_pages, "/", "_site", new DiagnosticBag());

    private IReadOnlyList<OutputFile> RenderPagesList() =>
        new PageRenderer(_templates, _strings, _options, _urls) { Parallelism = 1 }.RenderAll(_timeline, _ordered, new DiagnosticBag());

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
