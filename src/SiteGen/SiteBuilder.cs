using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Progress;
using SiteGen.Rendering.Assets;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;
using SiteGen.Rendering;
using SiteGen.Reuse;
using SiteGen.Temporal;
using SiteGen.Timeline;
using SiteGen.Verification;

namespace SiteGen;

/// <summary>
/// The whole build, top to bottom: load → timeline → render → verify → write to a staging folder → swap in.
/// Content problems are diagnostics; the output folder is replaced only when nothing failed (with <c>--strict</c>,
/// not even a warning), so a failed build leaves the previous site untouched. When the output still holds exactly
/// what the last build wrote, a passing build writes only the files whose bytes changed, in place. Per-article stages run on every core
/// and go through the cache in <c>.sitegen-cache/</c>; the output is byte-identical whatever the parallelism.
/// </summary>
public sealed class SiteBuilder(SiteOptions options)
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown"];

    /// <summary>From how many articles a cold build compiles the date rules (see <see cref="Compose"/>).</summary>
    public const int CompileFrom = 30_000;

    public BuildProgress Progress { get; init; } = BuildProgress.Silent;

    /// <summary>Threads for per-article and per-page work; 0 means one per core, 1 a sequential build.</summary>
    public int Parallelism { get; init; }

    /// <summary>Reuse per-article results from <c>.sitegen-cache/</c> (keyed by content hash and tool version).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>What one `serve` session keeps between its builds (articles, events, rendered pages).</summary>
    public SessionMemory? Memory { get; init; }

    private int Threads => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;

    public BuildReport Build(DiagnosticBag diagnostics)
    {
        var report = Run(diagnostics);
        return report with { Stages = Progress.Timings };
    }

    private BuildReport Run(DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        // A one-off build with the cache first asks whether anything it reads changed since the last published build.
        var earlier = diagnostics.Sorted.ToHashSet();
        var cache = UseCache && Directory.Exists(options.Input) ? CacheStore.TryOpen(options.SiteRoot, ToolVersion.Current, diagnostics) : null;
        var record = Memory is null ? cache : null;
        string? fingerprint = null;
        // The output as the last build left it (path → hash), when nothing has touched it since: then only changed files are written.
        IReadOnlyDictionary<string, string>? intact = null;
        // The pages the last build rendered, by key: with the cache, a page whose key is unchanged is kept, not rendered.
        RenderMemo? pageMemo = null;
        if (record is not null)
        {
            pageMemo = new RenderMemo { KeepsArticles = false };
            using (Progress.Start("check", 1))
                fingerprint = LastBuild.FingerprintOf(options);
            if (LastBuild.Read(record) is { } last && last.StillIn(options.Output))
            {
                if (last.Fingerprint == fingerprint)
                {
                    diagnostics.AddRange(last.Diagnostics);
                    return new BuildReport(last.ArticlesBuilt, last.ArticlesSkipped, last.Files.Count, BuildOutcome.Success, clock.Elapsed) { UpToDate = true };
                }
                if (last.Files.All(f => f.Hash is not null))
                {
                    intact = last.Files.ToDictionary(f => f.Path, f => f.Hash!, StringComparer.Ordinal);
                    if (last.RenderSalt is { } salt) pageMemo = RenderMemo.Resume(salt, StoredPages(last));
                }
            }
            LastBuild.Forget(record);
        }

        var site = Compose(diagnostics, cache, pageMemo);
        if (site.Outcome != BuildOutcome.Success) return site.Report(clock.Elapsed);

        int errors;
        using (Progress.Start("verify", site.Files.Count))
            errors = new SiteVerifier(SiteVerifier.AllChecks) { Parallelism = Threads, Cache = record }
                .Verify(site.Files, options.BaseUrl, options.Relative(options.Output), diagnostics);
        if (errors > 0 || HasFailed(diagnostics))
            return (site with { Outcome = errors > 0 ? BuildOutcome.VerificationFailed : BuildOutcome.ContentErrors, Files = [] }).Report(clock.Elapsed);

        using (Progress.Start("write", site.Files.Count))
        {
            string? staging = null;
            try
            {
                if (intact is not null)
                    SiteWriter.Update(options.Output, site.Files, intact, Threads);
                else
                {
                    staging = SiteWriter.WriteStaging(options.Output, site.Files, Threads);
                    SiteWriter.Swap(staging, options.Output);
                }
                if (record is not null && fingerprint is not null)
                    new LastBuild(fingerprint, site.ArticlesBuilt, site.ArticlesSkipped, [.. diagnostics.Sorted.Where(d => !earlier.Contains(d))],
                        LastBuild.Snapshot(options.Output, site.Files, pageMemo is null ? null : pageMemo.KeyOf)) { RenderSalt = pageMemo?.CurrentSalt }.Write(record);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return WriteFailed(e, site, diagnostics, clock);
            }
            finally
            {
                if (staging is not null) SiteWriter.Discard(staging);
            }
        }
        return site.Report(clock.Elapsed) with { Pages = pageMemo is null ? null : (pageMemo.LastCounts.Rendered, pageMemo.LastCounts.Reused) };
    }

    // Each page of the last build as a file whose bytes stay on disk unless something reads them: the output is
    // exactly what that build wrote (checked by length and write time), so the recorded hash is the hash of those bytes.
    private IEnumerable<(string Path, string Key, OutputFile File)> StoredPages(LastBuild last) =>
        last.Files
            .Where(f => f.PageKey is not null)
            .Select(f => (f.Path, f.PageKey!, OutputFile.Stored(f.Path, f.Hash!, () => File.ReadAllBytes(Path.Combine(options.Output, f.Path)))));

    // The output cannot be written (its parent is a file, no permission, disk full): one error naming the folder,
    // so the diagnostics gathered so far and the summary line are still printed, and nothing was swapped in.
    private BuildReport WriteFailed(Exception e, ComposedSite site, DiagnosticBag diagnostics, Stopwatch clock)
    {
        diagnostics.Error("SG6001", options.Relative(options.Output), 0, 0, $"The output folder cannot be written: {e.Message.TrimEnd('.')}.",
            "Pass an --output folder whose parent folders exist as folders and are writable.");
        return (site with { Outcome = BuildOutcome.IoError, Files = [] }).Report(clock.Elapsed);
    }

    /// <summary>Everything up to the files of the site, in memory: what <c>build</c> verifies and writes, and what <c>serve</c> serves.</summary>
    public ComposedSite Compose(DiagnosticBag diagnostics) =>
        Compose(diagnostics, UseCache && Directory.Exists(options.Input) ? CacheStore.TryOpen(options.SiteRoot, ToolVersion.Current, diagnostics) : null, null);

    /// <summary>
    /// <see cref="Compose(DiagnosticBag)"/> with the cache the caller opened (null: none) and the pages of the last
    /// build (null: render every page; `serve` uses its session's memory instead).
    /// </summary>
    private ComposedSite Compose(DiagnosticBag diagnostics, CacheStore? cache, RenderMemo? lastPages)
    {
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("SG4005", options.Relative(options.Input), 0, 0, "The input folder does not exist.",
                "Pass --input DIR or set 'input' in sitegen.yml.");
            return new ComposedSite([], 0, 0, BuildOutcome.BadInput);
        }

        // Compiling the date rules to IL costs about 2.5 CPU-seconds at start and saves about 0.1 CPU-second per
        // 1,000 articles (interpreted 18.7 MB/s, compiled 32.8 MB/s; bench/README.md): only a cold build of some
        // 30,000 articles gains. The tagger is made when the first article the cache lacks needs it.
        var prepare = Progress.Start("prepare", 1);
        var inputFiles = CountInputFiles();
        var cold = cache is null || !Directory.EnumerateFileSystemEntries(cache.Root).Any();
        var compile = cold && Memory is null && inputFiles >= CompileFrom;
        var tagger = new Lazy<TemporalTagger>(() => TemporalTagger.Create(options.Language, compile));
        var templates = TemplateSet.Load(options.Templates, diagnostics);
        var strings = UiStrings.Load(options.Templates, options.Language, diagnostics);
        var assets = AssetPipeline.Collect(options.Wwwroot);
        prepare.Dispose();
        var articles = new CachedArticleLoader(new ArticleLoader(tagger, options.Language), cache, Threads) { Memory = Memory?.Articles }
            .LoadFolder(options.Input, diagnostics.Under(options.Relative(options.Input)), Progress);
        var timeline = new TimelineBuilder(tagger, options.Language, Threads) { Cache = cache, Memory = Memory?.Extractions, Derived = Memory?.Timeline }.Build(articles, Progress);
        var ordered = ChronologicalOrder(timeline.Articles);
        var skipped = Math.Max(0, inputFiles - ordered.Count);

        if (templates is null || strings is null) return new ComposedSite([], ordered.Count, skipped, BuildOutcome.ContentErrors);

        var urls = new SiteUrls(options, assets.Names);
        var memo = Memory?.Render ?? lastPages;
        var salt = memo is null && cache is null ? null : RenderMemo.Salt(options, assets.Names.Select(n => $"{n.Key}={n.Value}"));
        var pages = new PageRenderer(templates, strings, options, urls)
        {
            Parallelism = Threads,
            Progress = Progress,
            Memo = memo is null ? null : (memo, salt!),
            Bodies = cache is null ? null : new BodyCache(cache, salt!),
        }.RenderAll(timeline, ordered, diagnostics);
        List<OutputFile> files;
        using (Progress.Start("feeds", 1))
            files = pages
                .Concat(assets.Files)
                .Concat(SitemapWriter.Write(pages, urls, options.SiteUrl is not null))
                .Append(FeedWriter.Write(ordered, urls, options.Title ?? strings.Text("site_title"), options.Language))
                .Append(EventsJson(timeline, deferred: Memory is not null))
                .ToList();
        var outcome = HasFailed(diagnostics) ? BuildOutcome.ContentErrors : BuildOutcome.Success;
        return new ComposedSite(outcome == BuildOutcome.Success ? files : [], ordered.Count, skipped, outcome);
    }

    /// <summary>Articles by date (undated last), then slug: the order of the feed and of previous/next links.</summary>
    public static IReadOnlyList<Article> ChronologicalOrder(IReadOnlyList<Article> articles) =>
        articles.OrderBy(a => TimelineOrder.Key(a.Date?.Value, TimexMod.None)).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The event timeline as data for reuse (schema: docs/events-schema.md), 69 MB at 10,000 articles. `serve` makes it
    /// when a browser first asks; a build makes it here, before verification: made during the write, when the heap
    /// still holds verification's garbage, it raised the peak memory of a 10,000-article build by 670 MB.
    /// </summary>
    private OutputFile EventsJson(TimelineResult timeline, bool deferred) =>
        deferred ? OutputFile.Deferred("events.json", () => TimelineJson.ToUtf8Lines(timeline.Timeline, Threads))
            : new OutputFile("events.json", TimelineJson.ToUtf8Lines(timeline.Timeline, Threads));

    private bool HasFailed(DiagnosticBag diagnostics) =>
        diagnostics.ErrorCount > 0 || options.Strict && diagnostics.WarningCount > 0;

    private int CountInputFiles() =>
        Directory.EnumerateFiles(options.Input, "*", SearchOption.AllDirectories)
            .Count(f => ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()));
}
