using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Models;

/// <summary>
/// An article page. <see cref="Body"/> is the encoded article with every date marked; null links are absent.
/// <see cref="DatedFrom"/> is the article an estimated date was taken from (a report of the same happening).
/// </summary>
public sealed record ArticlePageModel(
    string Title,
    string DateLabel,
    string? DateTime,
    bool Estimated,
    string? Source,
    string? SourceUrl,
    string? Author,
    IReadOnlyList<string> Tags,
    RawHtml Body,
    string TimelineUrl,
    LinkModel? Previous,
    LinkModel? Next,
    IReadOnlyList<EntryModel> Events,
    LinkModel? DatedFrom = null);
