using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Temporal;
using SiteGen.Timeline;
using SiteGen.Verification;

namespace SiteGen;

/// <summary>
/// The whole build, top to bottom: load → timeline → render → write to a staging folder → verify → swap in.
/// Content problems are diagnostics; the output folder is replaced only when nothing failed (with <c>--strict</c>,
/// not even a warning), so a failed build leaves the previous site untouched.
/// </summary>
public sealed class SiteBuilder(SiteOptions options)
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown"];

    /// <summary>Loading a language's rules is costly and a tagger is thread-safe and stateless, so builds in one process share it.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemporalTagger> Taggers = new(StringComparer.Ordinal);

    private readonly List<(string Stage, TimeSpan Took)> _stages = [];
    private TimeSpan _last;

    public BuildReport Build(DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var report = Run(diagnostics, clock);
        return report with { Stages = [.. _stages] };
    }

    private BuildReport Run(DiagnosticBag diagnostics, Stopwatch clock)
    {
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("SG4005", options.Relative(options.Input), 0, 0, "The input folder does not exist.",
                "Pass --input DIR or set 'input' in sitegen.yml.");
            return new BuildReport(0, 0, 0, ExitCode.BadUsage, clock.Elapsed);
        }

        var tagger = Taggers.GetOrAdd(options.Language, TemporalTagger.Create);
        var articles = new ArticleLoader(tagger, options.Language).LoadFolder(options.Input, diagnostics);
        Lap("load", clock);
        var timeline = new TimelineBuilder(tagger).Build(articles);
        Lap("timeline", clock);
        var ordered = ChronologicalOrder(timeline.Articles);
        var skipped = Math.Max(0, CountInputFiles() - ordered.Count);

        var templates = TemplateSet.Load(options.Templates, diagnostics);
        var strings = UiStrings.Load(options.Templates, options.Language, diagnostics);
        if (templates is null || strings is null) return Fail(ordered.Count, skipped, clock);

        var assets = AssetPipeline.Collect(options.Wwwroot);
        var urls = new SiteUrls(options, assets.Names);
        var pages = new PageRenderer(templates, strings, options, urls).RenderAll(timeline, ordered, diagnostics);
        var files = pages
            .Concat(assets.Files)
            .Concat(SitemapWriter.Write(pages, urls, options.SiteUrl is not null))
            .Append(FeedWriter.Write(ordered, urls, options.Title ?? strings.Text("site_title"), options.Language))
            .Append(EventsJson(timeline))
            .ToList();
        Lap("render", clock);
        if (HasFailed(diagnostics)) return Fail(ordered.Count, skipped, clock);

        var staging = SiteWriter.WriteStaging(options.Output, files);
        Lap("write", clock);
        try
        {
            var errors = SiteVerifier.Default.Verify(staging, options.BaseUrl, options.Relative(options.Output), diagnostics);
            Lap("verify", clock);
            if (errors > 0 || HasFailed(diagnostics))
                return new BuildReport(ordered.Count, skipped, 0, errors > 0 ? ExitCode.VerificationFailed : ExitCode.ContentErrors, clock.Elapsed);
            SiteWriter.Swap(staging, options.Output);
            return new BuildReport(ordered.Count, skipped, files.Count, ExitCode.Success, clock.Elapsed);
        }
        finally
        {
            SiteWriter.Discard(staging);
        }
    }

    private void Lap(string stage, Stopwatch clock)
    {
        _stages.Add((stage, clock.Elapsed - _last));
        _last = clock.Elapsed;
    }

    /// <summary>Articles by date (undated last), then slug: the order of the feed and of previous/next links.</summary>
    public static IReadOnlyList<Article> ChronologicalOrder(IReadOnlyList<Article> articles) =>
        articles.OrderBy(a => TimelineOrder.Key(a.Date?.Value, TimexMod.None)).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    /// <summary>The event timeline as data for reuse (schema: docs/events-schema.md).</summary>
    private static OutputFile EventsJson(TimelineResult timeline)
    {
        using var stream = new MemoryStream();
        TimelineJson.Write(timeline.Timeline, stream);
        return OutputFile.Text("events.json", System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private bool HasFailed(DiagnosticBag diagnostics) =>
        diagnostics.ErrorCount > 0 || options.Strict && diagnostics.WarningCount > 0;

    private static BuildReport Fail(int built, int skipped, Stopwatch clock) => new(built, skipped, 0, ExitCode.ContentErrors, clock.Elapsed);

    private int CountInputFiles() =>
        Directory.EnumerateFiles(options.Input, "*", SearchOption.AllDirectories)
            .Count(f => ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()));
}
