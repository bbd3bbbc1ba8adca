using Scriban.Runtime;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Timeline;

namespace SiteGen.Rendering;

/// <summary>
/// Renders every HTML page: the timeline index, one page per article, one per actor, and 404. Each page template
/// renders its model, then <c>layout.sbn</c> wraps it. Pages whose template fails are reported and left out.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, UiStrings strings, SiteOptions options, SiteUrls urls)
{
    private readonly DateLabeler _labeler = new(strings);

    public IReadOnlyList<OutputFile> RenderAll(TimelineResult result, IReadOnlyList<Article> ordered, DiagnosticBag diagnostics)
    {
        var markup = new TimexMarkup(_labeler);
        var text = new TextBodyRenderer(markup);
        var markdown = new MarkdownBodyRenderer(markup);
        var bodies = ordered.ToDictionary(a => a.Id,
            a => a.Format == ArticleFormat.Markdown ? markdown.Render(a, diagnostics) : text.Render(a), StringComparer.Ordinal);
        var entries = new TimelineEntries(_labeler, urls, strings);
        entries.Build(result, ordered, bodies);

        var files = new List<OutputFile>();
        void Add(string path, string template, object model, PageMeta meta)
        {
            var html = RenderPage(template, model, meta, diagnostics);
            if (html is not null) files.Add(OutputFile.Text(path, html));
        }

        Add("index.html", "index.sbn", IndexModelBuilder.Build(entries.Entries, entries.ShowsEvents, _labeler, strings),
            Meta(Title(), Description(), "", "website", "index"));
        var factory = new ArticlePageFactory(_labeler, urls, strings, entries, bodies);
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = ordered[i];
            var path = SiteUrls.ArticlePath(article.Slug);
            var events = result.EventsByArticle.TryGetValue(article.Id, out var list) ? list : [];
            Add(path + "index.html", "article.sbn", factory.Create(ordered, i, events),
                Meta(article.Title, ArticleSummary.Of(article, 160), path, "article", "article"));
        }
        foreach (var actor in result.Timeline.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var path = SiteUrls.ActorPath(actor.Id);
            var events = entries.Entries.Where(e => e.Entry.Actors.Any(l => l.Url == urls.Page(path))).Select(e => e.Entry).ToList();
            Add(path + "index.html", "actor.sbn", new ActorPageModel(actor.Name, strings.Lookup("actor_kinds", actor.Kind.ToString()), events),
                Meta(actor.Name, strings.Text("actor_description").Replace("{name}", actor.Name), path, "profile", "actor"));
        }
        Add("404.html", "404.sbn", new ScriptObject(), Meta(strings.Text("not_found_title"), Description(), "404.html", "website", "404"));
        return files;
    }

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
