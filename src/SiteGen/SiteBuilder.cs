using SiteGen.Dating;
using System.Diagnostics;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.BySession;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Events;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Progress;
using SiteGen.Rendering;
using SiteGen.Rendering.Assets;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Feeds;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Templates;
using SiteGen.Theming;
using SiteGen.Temporal;
using SiteGen.Timeline;
using SiteGen.Verification;

namespace SiteGen;

/// <summary>
/// The whole build, one stage after the other: load → clean → tag dates (per article) → extract events → build the
/// timeline (merge, refine) → render → verify → write. Content problems are diagnostics; the output folder is
/// replaced only when nothing failed (with <c>--strict</c>, not even a warning), so a failed build leaves the
/// previous site untouched. Per-article and per-page stages run on every core; the output is byte-identical whatever
/// the parallelism. What earlier builds made is reused through one seam per stage (<see cref="BuildReuse"/>):
/// results by content hash from <c>.sitegen-cache/</c>, and in a `serve` session its <see cref="SessionMemory"/>.
/// </summary>
public sealed class SiteBuilder(SiteOptions options)
{
    /// <summary>From how many articles a cold build compiles the date rules (see <see cref="Compose(DiagnosticBag, BuildReuse)"/>).</summary>
    public const int CompileFrom = 30_000;

    public BuildProgress Progress { get; init; } = BuildProgress.Silent;

    /// <summary>Threads for per-article and per-page work; 0 means one per core, 1 a sequential build.</summary>
    public int Parallelism { get; init; }

    /// <summary>Reuse per-article results from <c>.sitegen-cache/</c> (keyed by content hash and tool version).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>What one `serve` session keeps between its builds (articles, events, items, bodies, entries, pages).</summary>
    public SessionMemory? Memory { get; init; }

    private int Threads => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;

    public BuildReport Build(DiagnosticBag diagnostics)
    {
        var report = Run(diagnostics);
        return report with { Stages = Progress.Timings };
    }

    /// <summary>
    /// Refuses an output folder that is not SiteGen's to replace (<see cref="OutputGuard"/>), takes the output's lock
    /// (a second build at once stops here), repairs what a killed build left, then builds.
    /// </summary>
    private BuildReport Run(DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var recorded = LastBuild.Recorded(options.SiteRoot).Select(r => (IReadOnlyList<string>)[.. r.Files.Select(f => f.Path)]);
        if (OutputGuard.Check(options, recorded) is { } refusal)
        {
            diagnostics.Add(refusal);
            return new BuildReport(0, 0, 0, BuildOutcome.BadInput, clock.Elapsed);
        }
        var output = options.Relative(options.Output);
        OutputLock? held;
        try
        {
            held = OutputLock.TryTake(options.Output);
            if (held is not null) SiteWriter.Recover(options.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("SG6001", output, 0, 0, $"The output folder cannot be prepared ({IoProblem.Cause(e)}).", IoProblem.WriteFix(e));
            return new BuildReport(0, 0, 0, BuildOutcome.IoError, clock.Elapsed);
        }
        if (held is null)
        {
            diagnostics.Error("SG6003", output, 0, 0,
                $"Another build is writing this output folder right now (it holds {Path.GetFileName(OutputLock.PathFor(options.Output))}); nothing was built.",
                "Wait for that build to finish and run this one again, or pass another --output.");
            return new BuildReport(0, 0, 0, BuildOutcome.IoError, clock.Elapsed);
        }
        using (held)
            return RunLocked(diagnostics, clock);
    }

    private BuildReport RunLocked(DiagnosticBag diagnostics, Stopwatch clock)
    {
        var earlier = diagnostics.Sorted.ToHashSet();
        var store = OpenStore(diagnostics);
        // A one-off build with the cache first asks whether anything it reads changed since the last published build.
        var record = Memory is null ? store : null;
        string? fingerprint = null;
        // The output as the last build left it (path → hash), when nothing has touched it since: then only changed files are written.
        IReadOnlyDictionary<string, string>? intact = null;
        // The pages the last build rendered, by key: with the cache, a page whose key is unchanged is kept, not rendered.
        PageMemo? pages = null;
        // The tree the last build swapped out, to stage into instead of an empty folder; and the recorded files of the
        // output, which, when it is intact, becomes the next spare once this build has swapped it out.
        SpareTree? spare = null;
        IReadOnlyList<WrittenFile>? replaced = null;
        if (record is not null)
        {
            pages = new PageMemo();
            using (Progress.Start("check", 1))
                fingerprint = LastBuild.FingerprintOf(options);
            var last = LastBuild.Read(record);
            if (last is not null && last.StillIn(options.Output))
            {
                if (last.Fingerprint == fingerprint)
                {
                    diagnostics.AddRange(last.Diagnostics);
                    return new BuildReport(last.ArticlesBuilt, last.ArticlesSkipped, last.Files.Count, BuildOutcome.Success, clock.Elapsed) { UpToDate = true };
                }
                if (last.Files.All(f => f.Hash is not null))
                {
                    intact = last.Files.ToDictionary(f => f.Path, f => f.Hash!, StringComparer.Ordinal);
                    replaced = [.. last.Files.Select(f => f with { PageKey = null })];
                    if (last.RenderSalt is { } salt) pages = PageMemo.Resume(salt, StoredPages(last));
                }
            }
            using (Progress.Start("spare", 1))
                spare = LastBuild.SpareOf(last, record);
            LastBuild.Forget(record);
        }

        var reuse = new BuildReuse(store, Memory, pages, options.Language);
        // Files are written to the staging folder as they are made; it becomes the output only when the build passes.
        SiteStaging? staging = null;
        var site = new ComposedSite([], 0, 0, BuildOutcome.IoError);
        try
        {
            staging = SiteStaging.Begin(options.Output, spare);
            var stager = staging;
            // A file the output already holds with the same bytes is linked at publish, not staged.
            // A streamed file is staged without asking for its hash first: that would make its bytes in memory.
            site = Compose(diagnostics, reuse, file => file.StagedIn is not null
                || file.WriteTo is null && intact is not null && intact.TryGetValue(file.Path, out var hash) && hash == file.Hash ? file : stager.Stage(file));
            if (site.Outcome != BuildOutcome.Success) return site.Report(clock.Elapsed);
            // The site carries its manifest: the mark that lets the next build replace the folder, and what verify checks it against.
            site = site with { Files = [.. site.Files, SiteManifest.For(site.Files, Threads)] };

            var errors = Verify(site, reuse, diagnostics);
            if (errors > 0 || HasFailed(diagnostics))
                return (site with { Outcome = errors > 0 ? BuildOutcome.VerificationFailed : BuildOutcome.ContentErrors, Files = [] }).Report(clock.Elapsed);

            var kept = Write(site, stager, intact, record is not null && replaced is not null ? LastBuild.SpareFolder(record) : null);
            if (record is not null && fingerprint is not null)
                new LastBuild(fingerprint, site.ArticlesBuilt, site.ArticlesSkipped, [.. diagnostics.Sorted.Where(d => !earlier.Contains(d))],
                    LastBuild.Snapshot(options.Output, site.Files, pages is null ? null : pages.KeyOf))
                { RenderSalt = pages?.CurrentSalt, Spare = kept ? replaced : null }.Write(record);
        }
        catch (Exception e) when (IoProblem.Unwrap(e) is { } failure)
        {
            return WriteFailed(failure, site, diagnostics, clock);
        }
        finally
        {
            // A failed build leaves nothing behind; after a publish the folder holds the old site, or is gone.
            staging?.Discard();
        }
        return site.Report(clock.Elapsed) with { Pages = pages is null ? null : (pages.LastCounts.Rendered, pages.LastCounts.Reused) };
    }

    /// <summary>Everything up to the files of the site, in memory: what <c>build</c> verifies and writes, and what <c>serve</c> serves.</summary>
    public ComposedSite Compose(DiagnosticBag diagnostics) =>
        Compose(diagnostics, new BuildReuse(OpenStore(diagnostics), Memory, null, options.Language), static file => file);

    /// <param name="stage">What becomes of each file as soon as it is made: a build writes it to its staging folder
    /// (<see cref="SiteStaging"/>); `serve` keeps it in memory.</param>
    private ComposedSite Compose(DiagnosticBag diagnostics, BuildReuse reuse, Func<OutputFile, OutputFile> stage)
    {
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("SG4005", options.Relative(options.Input), 0, 0, "The input folder does not exist.",
                "Pass --input DIR or set 'input' in sitegen.yml.");
            return new ComposedSite([], 0, 0, BuildOutcome.BadInput);
        }

        var prepare = Progress.Start("prepare", 1);
        var inputDiagnostics = diagnostics.Under(options.Relative(options.Input));
        var files = InputScanner.Scan(options.Input, inputDiagnostics);
        var tagger = new Lazy<TemporalTagger>(() => TemporalTagger.Create(options.Language, CompilesRules(files.Count, reuse)));
        var theme = SiteTheme.Resolve(options, diagnostics);
        var templates = TemplateSet.Load(theme.Templates, diagnostics);
        var strings = UiStrings.Load(theme.Templates, options.Language, diagnostics);
        var assets = AssetPipeline.Collect(theme.Wwwroot);
        prepare.Dispose();

        var articles = LoadArticles(files, tagger, reuse, inputDiagnostics);
        var events = new EventExtraction(options.Language, Threads) { Reuse = reuse.Extractions() };
        var extracted = events.ExtractAll(articles, Progress);
        // From here a one-off build reads an article's text only to redate the few a merge corrects and to render its
        // body (both unpack it); `serve` keeps its articles as they are, the same objects from rebuild to rebuild.
        if (Memory is null) articles = PackedArticles.Pack(articles, Threads);
        var timeline = BuildTimeline(articles, extracted, tagger, events.Extractor, reuse);
        DossierDateReport.Report(articles, timeline.Articles, diagnostics);
        var ordered = ChronologicalOrder(timeline.Articles);
        var skipped = Math.Max(0, files.Count - ordered.Count);
        if (templates is null || strings is null) return new ComposedSite([], ordered.Count, skipped, BuildOutcome.ContentErrors);

        var site = Render(timeline, ordered, templates, strings, assets, reuse, stage, diagnostics);
        var outcome = HasFailed(diagnostics) ? BuildOutcome.ContentErrors : BuildOutcome.Success;
        return new ComposedSite(outcome == BuildOutcome.Success ? site : [], ordered.Count, skipped, outcome);
    }

    /// <summary>Load → clean → tag dates, article by article on every core (<see cref="ArticleLoader"/>).</summary>
    private IReadOnlyList<Article> LoadArticles(IReadOnlyList<ArticleFile> files, Lazy<TemporalTagger> tagger, BuildReuse reuse, DiagnosticBag diagnostics) =>
        new ArticleLoader(tagger, options.Language) { Parallelism = Threads, Reuse = reuse.Articles(), Renames = reuse.Renames() }
            .LoadAll(files, diagnostics, Progress);

    /// <summary>Merge reports of the same event, refine document dates from strong merges, draft the items.</summary>
    private TimelineResult BuildTimeline(IReadOnlyList<Article> articles, IReadOnlyList<ArticleExtraction> extracted, Lazy<TemporalTagger> tagger,
        EventExtractor extractor, BuildReuse reuse) =>
        new TimelineBuilder(tagger, extractor, Threads) { Items = reuse.Items(), Tags = reuse.Tags(), Remaps = reuse.Remaps() }
            .Build(articles, extracted, Progress);

    /// <summary>Every page, the static assets, the sitemap, the feed and events.json.</summary>
    private List<OutputFile> Render(TimelineResult timeline, IReadOnlyList<Article> ordered, TemplateSet templates, UiStrings strings,
        AssetPipeline assets, BuildReuse reuse, Func<OutputFile, OutputFile> stage, DiagnosticBag diagnostics)
    {
        if (options.Strict && options.SiteUrl is null)
            diagnostics.Warning("SG4009", SiteConfigReader.FileName, 0, 0,
                "No public address ('url') is set: canonical links, Open Graph, the sitemap and the Atom feed fall back to root-relative addresses, which sitemaps and Atom do not allow, and shared pages show no picture.",
                "Set 'url: https://user.github.io/repo/' in sitegen.yml, or pass --url (the Pages workflow passes the address GitHub gives).");
        var urls = new SiteUrls(options, assets.Names);
        var salt = reuse.ReusesRenders ? PageMemo.Salt(options, templates.Sources, assets.Names.Select(n => $"{n.Key}={n.Value}")) : "";
        var (bodies, entries, pages) = reuse.Render(salt);
        var rendered = new PageRenderer(templates, strings, options, urls)
        {
            Parallelism = Threads,
            Progress = Progress,
            Bodies = bodies,
            Entries = entries,
            Pages = pages,
            Stage = stage,
            RemakesBodies = Memory is null,
            KeepsSearchTerms = Memory is not null,
        }.RenderAll(timeline, ordered, diagnostics);
        using (Progress.Start("feeds", 1))
        {
            var files = rendered.Select(stage).ToList();
            files.AddRange(assets.Files.Select(stage));
            files.AddRange(SitemapWriter.Write(rendered, urls, options.SiteUrl is not null).Select(stage));
            files.Add(stage(FeedWriter.Write(ordered, urls, options.Title ?? strings.Text("site_title"), options.Language)));
            files.Add(stage(EventsJson(timeline, deferred: Memory is not null)));
            return files;
        }
    }

    /// <summary>Every check over the site in memory; returns the number of errors found.</summary>
    private int Verify(ComposedSite site, BuildReuse reuse, DiagnosticBag diagnostics)
    {
        using (Progress.Start("verify", site.Files.Count))
            return new SiteVerifier(SiteVerifier.AllChecks) { Parallelism = Threads, Verdicts = reuse.Verdicts() }
                .Verify(site.Files, options.BaseUrl, options.Relative(options.Output), diagnostics);
    }

    /// <summary>
    /// Publishes the site atomically (<see cref="SiteWriter.Publish"/>): the staging tree beside the output, which holds
    /// every file made, is completed and swapped in; when the output still holds exactly what the last build wrote (<paramref name="intact"/>), the
    /// files whose bytes did not change are hard-linked from it instead of written again; and the old site swapped out
    /// is then kept at <paramref name="spareAt"/> as the next build's <see cref="SpareTree"/>. Returns whether it was.
    /// </summary>
    private bool Write(ComposedSite site, SiteStaging staging, IReadOnlyDictionary<string, string>? intact, string? spareAt)
    {
        using var stage = Progress.Start("write", site.Files.Count);
        return SiteWriter.Publish(staging, options.Output, site.Files, intact, Threads, spareAt);
    }

    /// <summary>Articles by date (undated last), then slug: the order of the feed and of previous/next links.</summary>
    public static IReadOnlyList<Article> ChronologicalOrder(IReadOnlyList<Article> articles) =>
        articles.OrderBy(a => TimelineOrder.Key(a.Date?.Value, TimexMod.None)).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    // Compiling the date rules to IL costs about 2.5 CPU-seconds at start and saves about 0.1 CPU-second per 1,000
    // articles (interpreted 18.7 MB/s, compiled 32.8 MB/s; bench/README.md): only a cold build of some 30,000
    // articles gains. The tagger is made when the first article that was not reused needs it.
    private bool CompilesRules(int inputFiles, BuildReuse reuse) =>
        Memory is null && inputFiles >= CompileFrom && !reuse.HasEarlierResults;

    private CacheStore? OpenStore(DiagnosticBag diagnostics) =>
        UseCache && Directory.Exists(options.Input) ? CacheStore.TryOpen(options.SiteRoot, ToolVersion.Current, diagnostics) : null;

    // Each page of the last build as a file whose bytes stay on disk unless something reads them: the output is
    // exactly what that build wrote (checked by length and write time), so the recorded hash is the hash of those bytes.
    private IEnumerable<(string Path, string Key, OutputFile File)> StoredPages(LastBuild last) =>
        last.Files
            .Where(f => f.PageKey is not null)
            .Select(f => (f.Path, f.PageKey!, OutputFile.Stored(f.Path, f.Hash!, () => File.ReadAllBytes(Path.Combine(options.Output, f.Path)))));

    // The output cannot be written (its parent is a file, no permission, disk full): one error naming the folder, the
    // file being written and the real cause, so the diagnostics gathered so far and the summary line are still printed.
    // Nothing was swapped in: the previous site is as it was.
    private BuildReport WriteFailed(Exception e, ComposedSite site, DiagnosticBag diagnostics, Stopwatch clock)
    {
        var (cause, where) = e is SiteWriteException write ? (write.InnerException!, $" while writing {write.RelativePath}") : (e, "");
        diagnostics.Error("SG6001", options.Relative(options.Output), 0, 0,
            $"The site cannot be written ({IoProblem.Cause(cause)}{where}); the previous site is left as it was.", IoProblem.WriteFix(cause));
        return (site with { Outcome = BuildOutcome.IoError, Files = [] }).Report(clock.Elapsed);
    }

    /// <summary>
    /// The event timeline as data for reuse (schema: docs/events-schema.md), 69 MB at 10,000 articles. `serve` makes it
    /// when a browser first asks; a build streams it into the staging folder here, a few chunks of items at a time,
    /// never holding the file (704 MB at 100,000 articles).
    /// </summary>
    private OutputFile EventsJson(TimelineResult timeline, bool deferred) =>
        deferred ? OutputFile.Deferred("events.json", () => TimelineJson.ToUtf8Lines(timeline.Timeline, Threads))
            : OutputFile.Streamed("events.json", stream => TimelineJson.WriteLines(timeline.Timeline, stream, Threads));

    private bool HasFailed(DiagnosticBag diagnostics) =>
        diagnostics.ErrorCount > 0 || options.Strict && diagnostics.WarningCount > 0;
}
