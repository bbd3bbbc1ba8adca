using Scriban.Runtime;
using SiteGen.Articles;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Progress;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Search;
using SiteGen.Rendering.Templates;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Rendering;

/// <summary>
/// Renders every HTML page: the timeline index, one page per article, one per actor, and 404. Each page template
/// renders its model, then <c>layout.sbn</c> wraps it. Pages whose template fails are reported and left out.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, UiStrings strings, SiteOptions options, SiteUrls urls)
{
    private readonly DateLabeler _labeler = new(strings);
    private readonly PublisherNames _publishers = new(options.Language);

    /// <summary>Threads rendering article bodies and pages; pages come out in the same order whatever the number.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Article bodies an earlier build rendered.</summary>
    public IReuse<Article, MadeBody> Bodies { get; init; } = NoReuse<Article, MadeBody>.Instance;

    /// <summary>
    /// Whether a body keeps only its digest, anchors and summary once rendered, its markup made again when its
    /// article's page is rendered (<see cref="RawHtml.Remade"/>): a build, whose memory must not grow with the site's
    /// text. `serve` keeps the markup, which its next rebuild reuses.
    /// </summary>
    public bool RemakesBodies { get; init; }

    /// <summary>
    /// Whether each timeline entry's search terms are kept with the entry object (<see cref="SearchTerms.Of(EntryModel, bool)"/>):
    /// `serve`, whose next rebuild passes the same entry objects for unchanged items. A one-off build keeps nothing.
    /// </summary>
    public bool KeepsSearchTerms { get; init; } = true;

    /// <summary>Timeline entries an earlier build made from the same inputs.</summary>
    public IReuse<EntryInputs, DatedEntry> Entries { get; init; } = NoReuse<EntryInputs, DatedEntry>.Instance;

    /// <summary>Pages an earlier build rendered from the same template, model and meta (null: the template failed).</summary>
    public IReuse<PageRequest, OutputFile?> Pages { get; init; } = NoReuse<PageRequest, OutputFile?>.Instance;

    /// <summary>
    /// What becomes of each page as soon as it is rendered: a build writes it to its staging folder and keeps only its
    /// path and hash (<see cref="SiteStaging.Stage"/>); by default it stays in memory.
    /// </summary>
    public Func<OutputFile, OutputFile> Stage { get; init; } = static file => file;

    /// <summary>Where the three steps are timed: article bodies, timeline entries, pages.</summary>
    public BuildProgress Progress { get; init; } = BuildProgress.Silent;

    public IReadOnlyList<OutputFile> RenderAll(TimelineResult result, IReadOnlyList<Article> ordered, DiagnosticBag diagnostics)
    {
        var markup = new TimexMarkup(_labeler);
        var text = new TextBodyRenderer(markup);
        var markdown = new MarkdownBodyRenderer(markup);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) };
        var rendered = new RenderedBody[ordered.Count];
        var articleDiagnostics = diagnostics.Under(options.Relative(options.Input));
        var bodiesStage = Progress.Start("bodies", ordered.Count);
        MadeBody Render(Article packed)
        {
            // A build holds article texts packed from extraction on (PackedArticles): the body is made from the text unpacked.
            var article = packed.WithTextUnpacked();
            var own = new DiagnosticBag();
            var body = article.Format == ArticleFormat.Markdown ? markdown.Render(article, own) : text.Render(article);
            return new MadeBody(body with { Description = Describe(article) }, own.Sorted);
        }
        Parallel.For(0, ordered.Count, parallel, i =>
        {
            var article = ordered[i];
            var made = Bodies.GetOrMake(article, Render);
            rendered[i] = RemakesBodies
                ? made.Body with { Html = RawHtml.Remade(() => Render(article).Body.Html.Html, made.Body.Html.Digest) }
                : made.Body;
            articleDiagnostics.AddRange(made.Diagnostics);
        });
        Bodies.Commit();
        var bodies = ordered.Select((a, i) => (a.Id, Body: rendered[i])).ToDictionary(x => x.Id, x => x.Body, StringComparer.Ordinal);
        bodiesStage.Dispose();
        var entries = new TimelineEntries(_labeler, urls, strings, _publishers) { Reuse = Entries };
        using (Progress.Start("entries", result.Timeline.Items.Count))
            entries.Build(result, ordered, bodies);
        var pagesStage = Progress.Start("render", ordered.Count);

        var files = new List<OutputFile>();
        // Pages of one kind render in parallel into their slots, so the order (and the bytes) never depend on threads.
        void AddAll<T>(IReadOnlyList<T> items, Func<T, PageRequest> request)
        {
            var slots = new OutputFile?[items.Count];
            Parallel.For(0, items.Count, parallel, i =>
                slots[i] = Pages.GetOrMake(request(items[i]), r => RenderPage(r.Path, r.Source, diagnostics) is { } page ? Stage(page) : null));
            files.AddRange(slots.OfType<OutputFile>());
        }

        var timeline = TimelinePages.Plan(entries.Entries, entries.ShowsEvents, _labeler, strings, urls);
        AddAll(timeline.Pages, p => new PageRequest(p.Path + "index.html", () => new PageSource("index.sbn", p.Model,
            (p.Model.Heading is null
                ? Meta(Title(), Description(), p.Path, "website", "index")
                : Meta(p.Model.Heading, p.Model.Lede ?? Description(), p.Path, "website", "timeline"))
            with { JsonLd = JsonLd.Timeline(p.Model, urls.Canonical(p.Path), p.Model.Heading ?? Title()) })));
        var factory = new ArticlePageFactory(_labeler, urls, strings, entries, bodies, id => timeline.UrlOf(id, urls));
        IReadOnlyList<Events.ArticleEvent> EventsOf(Article article) => result.EventsByArticle.TryGetValue(article.Id, out var list) ? list : [];
        AddAll(Enumerable.Range(0, ordered.Count).ToList(), i =>
        {
            var article = ordered[i];
            var path = SiteUrls.ArticlePath(article.Slug);
            // Given, not inferred, and to the day: a month is no publication time.
            var published = article.Date is { Estimated: false, Value.Length: >= 10 } date ? date.Value : null;
            return new PageRequest(path + "index.html", () => new PageSource("article.sbn", factory.Create(ordered, i, EventsOf(article)),
                Meta(article.Title, bodies[article.Id].Description, path, "article", "article") with
                {
                    Published = published,
                    JsonLd = JsonLd.Article(article, urls.Canonical(path), _publishers.Of(article), published, options.Language, ImageUrl()),
                }), () => factory.InputsOf(ordered, i, EventsOf(article)));
        });
        AddAll(ActorPages.Plan(result.Timeline, entries.Entries, urls, strings, ordered, _labeler), p => new PageRequest(p.Path + "index.html",
            () => new PageSource("actor.sbn", p.Model, Meta(p.Title, p.Description, p.Path, "profile", "actor"))));
        AddAll([0], _ => new PageRequest("404.html", () => new PageSource("404.sbn", new ScriptObject(),
            Meta(strings.Text("not_found_title"), Description(), "404.html", "website", "404"))));
        Pages.Commit();
        pagesStage.Dispose();
        if (timeline.Split)
        {
            // What the pages of a split timeline share is in files of their own, so a page's bytes change only with the page.
            using var searchStage = Progress.Start("search", entries.Entries.Count);
            string PathOf(string id) => timeline.UrlOf(id, urls)[urls.BaseUrl.Length..];
            files.AddRange(TimelineDataWriter.Write(TimeAxis.Of(entries.Entries), timeline.MonthPages, timeline.EntryPages, urls.BaseUrl));
            files.AddRange(SearchIndexWriter.Write(entries.Entries, PathOf, SearchTerms.For(options.Language), Parallelism, remember: KeepsSearchTerms));
        }
        return files;
    }

    private static string Describe(Article article) => ArticleSummary.Of(article, 160);

    private string Title() => options.Title ?? strings.Text("site_title");

    private string Description() => options.Description ?? strings.Text("site_description");

    /// <summary>The shared picture (sitegen.yml <c>image</c>, else wwwroot's <c>og-image.png</c>) as an absolute address, when there can be one.</summary>
    private string? ImageUrl() => urls.AbsoluteAsset(options.Image ?? "og-image.png");

    private PageMeta Meta(string title, string description, string path, string ogType, string kind) =>
        new(title, description.Length > 0 ? description : Description(), urls.Page(path), urls.Canonical(path), ogType, kind);

    /// <summary>The page template renders the model; the layout wraps the result. Both see site, t, page and helpers.</summary>
    private OutputFile? RenderPage(string path, PageSource source, DiagnosticBag diagnostics)
    {
        var (template, model, meta) = source;
        var globals = Globals(meta);
        globals["model"] = model;
        var content = templates.Render(template, globals, diagnostics);
        if (content is null) return null;
        var layoutGlobals = Globals(meta);
        layoutGlobals["content"] = new RawHtml(content);
        return templates.Render("layout.sbn", layoutGlobals, diagnostics) is { } html ? OutputFile.Text(path, html) : null;
    }

    private ScriptObject Globals(PageMeta meta)
    {
        var globals = new ScriptObject();
        globals["site"] = new SiteModel(Title(), Description(), options.Language, urls.BaseUrl, urls.Page(""),
            urls.Page("feed.xml"), options.SiteUrl)
        {
            Intro = options.Intro ?? Description(),
            ImageUrl = ImageUrl(),
            ImageAlt = Title(),
            TimelineTexts = strings.ScriptJson(),
        };
        globals["page"] = meta;
        globals["t"] = strings.ToScriptObject();
        globals.Import("url", new Func<string, string>(urls.Page));
        globals.Import("asset", new Func<string, string>(urls.Asset));
        return globals;
    }
}
