using Scriban.Runtime;
using SiteGen.Configuration;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Progress;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;
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

    /// <summary>Threads rendering article bodies and pages; pages come out in the same order whatever the number.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>The previous render of a `serve` session and the salt of this one: unchanged pages and bodies are reused.</summary>
    public (RenderMemo Memo, string Salt)? Memo { get; init; }

    /// <summary>Article bodies of earlier builds (null: render every body that <see cref="Memo"/> lacks).</summary>
    public BodyCache? Bodies { get; init; }

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
        var memo = Memo?.Memo;
        memo?.Begin(Memo!.Value.Salt);
        var bodiesStage = Progress.Start("bodies", ordered.Count);
        RenderedBody Markup(Article article, DiagnosticBag own) =>
            article.Format == ArticleFormat.Markdown ? markdown.Render(article, own) : text.Render(article);
        Parallel.For(0, ordered.Count, parallel, i =>
        {
            var article = ordered[i];
            if (memo?.FindBody(article) is { } known)
            {
                rendered[i] = known;
                Bodies?.Keep(article);
                return;
            }
            var own = new DiagnosticBag();
            if (Bodies?.Find(article, Markup, own) is { } cached)
                rendered[i] = cached;
            else
            {
                rendered[i] = Markup(article, own) with { Description = Describe(article) };
                Bodies?.Add(article, rendered[i], own.Sorted);
            }
            articleDiagnostics.AddRange(own.Sorted);
            // Only a body that rendered without a diagnostic is kept in memory: a reused one must not drop a warning.
            if (own.Sorted.Count == 0) memo?.KeepBody(article, rendered[i]);
        });
        Bodies?.Commit();
        var bodies = ordered.Select((a, i) => (a.Id, Body: rendered[i])).ToDictionary(x => x.Id, x => x.Body, StringComparer.Ordinal);
        bodiesStage.Dispose();
        var entries = new TimelineEntries(_labeler, urls, strings) { Memo = memo is { KeepsArticles: true } ? memo.Entries : null };
        using (Progress.Start("entries", result.Timeline.Items.Count))
            entries.Build(result, ordered, bodies);
        using var pagesStage = Progress.Start("render", ordered.Count);

        var files = new List<OutputFile>();
        // Pages of one kind render in parallel into their slots, so the order (and the bytes) never depend on threads.
        // A page whose inputs are known (article pages in a session) and the same as last time is kept without
        // making its model or key.
        void AddAll<T>(IReadOnlyList<T> items, Func<T, (string Path, string Template, object Model, PageMeta Meta)> page,
            Func<T, (string Path, ArticlePageInputs Inputs)>? inputsOf = null)
        {
            var slots = new OutputFile?[items.Count];
            Parallel.For(0, items.Count, parallel, i =>
            {
                ArticlePageInputs? inputs = null;
                if (memo is { KeepsArticles: true } && inputsOf is not null)
                {
                    (var at, inputs) = inputsOf(items[i]);
                    if (memo.FindSame(at, inputs) is { } same)
                    {
                        slots[i] = same.File;
                        memo.Keep(at, same.Key, same.File, inputs);
                        return;
                    }
                }
                var (path, template, model, meta) = page(items[i]);
                var key = memo is null ? null : PageKey.Of(template, meta, model);
                if (key is not null && memo!.Find(path, key) is { } known)
                {
                    slots[i] = known;
                    memo.Keep(path, key, known, inputs);
                    return;
                }
                var html = RenderPage(template, model, meta, diagnostics);
                if (html is null) return;
                slots[i] = OutputFile.Text(path, html);
                if (key is not null) memo!.Keep(path, key, slots[i]!, inputs);
            });
            files.AddRange(slots.OfType<OutputFile>());
        }

        var newest = ordered.LastOrDefault(a => a.Date is not null)?.Date?.Value;
        var timeline = TimelinePages.Plan(IndexModelBuilder.Build(entries.Entries, entries.ShowsEvents, _labeler, strings),
            newest is { Length: >= 4 } ? newest[..4] : null, urls);
        AddAll(timeline.Pages, p => (p.Path + "index.html", "index.sbn", p.Model,
            Meta(p.Label is null ? Title() : $"{Title()}: {p.Label}", Description(), p.Path, "website", "index")));
        var factory = new ArticlePageFactory(_labeler, urls, strings, entries, bodies, id => timeline.UrlOf(id, urls));
        IReadOnlyList<Events.ArticleEvent> EventsOf(Article article) => result.EventsByArticle.TryGetValue(article.Id, out var list) ? list : [];
        AddAll(Enumerable.Range(0, ordered.Count).ToList(), i =>
        {
            var article = ordered[i];
            var path = SiteUrls.ArticlePath(article.Slug);
            return (path + "index.html", "article.sbn", factory.Create(ordered, i, EventsOf(article)),
                Meta(article.Title, bodies[article.Id].Description, path, "article", "article"));
        }, i => (SiteUrls.ArticlePath(ordered[i].Slug) + "index.html", factory.InputsOf(ordered, i, EventsOf(ordered[i]))));
        // Entries by actor page, in timeline order, built once (not one scan of the timeline per actor).
        var byActor = entries.Entries
            .SelectMany(e => e.Entry.Actors.Select(l => l.Url).Distinct(StringComparer.Ordinal).Select(url => (url, e.Entry)))
            .ToLookup(x => x.url, x => x.Entry, StringComparer.Ordinal);
        AddAll(result.Timeline.Actors.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), actor =>
        {
            var path = SiteUrls.ActorPath(actor.Id);
            var events = byActor[urls.Page(path)].ToList();
            return (path + "index.html", "actor.sbn", new ActorPageModel(actor.Name, strings.Lookup("actor_kinds", actor.Kind.ToString()), events),
                Meta(actor.Name, strings.Text("actor_description").Replace("{name}", actor.Name), path, "profile", "actor"));
        });
        AddAll([0], _ => ("404.html", "404.sbn", new ScriptObject(), Meta(strings.Text("not_found_title"), Description(), "404.html", "website", "404")));
        memo?.End(files.Count);
        return files;
    }

    private static string Describe(Article article) => ArticleSummary.Of(article, 160);

    private string Title() => options.Title ?? strings.Text("site_title");

    private string Description() => options.Description ?? strings.Text("site_description");

    private PageMeta Meta(string title, string description, string path, string ogType, string kind) =>
        new(title, description.Length > 0 ? description : Description(), urls.Page(path), urls.Canonical(path), ogType, kind);

    /// <summary>The page template renders the model; the layout wraps the result. Both see site, t, page and helpers.</summary>
    private string? RenderPage(string template, object model, PageMeta meta, DiagnosticBag diagnostics)
    {
        var globals = Globals(meta);
        globals["model"] = model;
        var content = templates.Render(template, globals, diagnostics);
        if (content is null) return null;
        var layoutGlobals = Globals(meta);
        layoutGlobals["content"] = new RawHtml(content);
        return templates.Render("layout.sbn", layoutGlobals, diagnostics);
    }

    private ScriptObject Globals(PageMeta meta)
    {
        var globals = new ScriptObject();
        globals["site"] = new SiteModel(Title(), Description(), options.Language, urls.BaseUrl, urls.Page(""),
            urls.Page("feed.xml"), options.SiteUrl);
        globals["page"] = meta;
        globals["t"] = strings.ToScriptObject();
        globals.Import("url", new Func<string, string>(urls.Page));
        globals.Import("asset", new Func<string, string>(urls.Asset));
        return globals;
    }
}
