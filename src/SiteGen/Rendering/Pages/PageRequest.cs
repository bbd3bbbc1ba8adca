using SiteGen.Rendering.Models;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, what it is made from (its template, model and meta, worked out only when
/// asked for, once), and for an article page the inputs that decide it (<see cref="ArticlePageInputs"/>, likewise
/// worked out only when asked for), by which an unchanged page can be recognised without making its model.
/// </summary>
public sealed class PageRequest(string path, Func<PageSource> source, Func<ArticlePageInputs>? inputs = null)
{
    private readonly Lazy<PageSource> _source = new(source, LazyThreadSafetyMode.None);
    private readonly Lazy<ArticlePageInputs>? _inputs = inputs is null ? null : new(inputs, LazyThreadSafetyMode.None);

    public string Path { get; } = path;

    /// <summary>What an article page is made from; null for other pages.</summary>
    public ArticlePageInputs? Inputs => _inputs?.Value;

    public PageSource Source => _source.Value;
}

/// <summary>A page's template, the model it renders and its meta (title, description, URLs).</summary>
public sealed record PageSource(string Template, object Model, PageMeta Meta);
