using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>
/// One HTML page of a built site: its path relative to the site root ('/'), its parsed document, and the parse errors
/// AngleSharp reported. <see cref="Elements"/> walks the document once and every check reuses that walk: thirteen
/// checks each running their own selectors cost more than parsing the page.
/// </summary>
public sealed record SitePage(string Path, IHtmlDocument Document, IReadOnlyList<(int Line, int Column, string Message)> ParseErrors)
{
    private IElement[]? elements;
    private ILookup<string, IElement>? byName;

    /// <summary>Every element in document order.</summary>
    public IReadOnlyList<IElement> Elements => elements ??= [.. Document.All];

    /// <summary>The elements with a local name (<c>"a"</c>, <c>"meta"</c>), in document order.</summary>
    public IEnumerable<IElement> Named(string localName) =>
        (byName ??= Elements.ToLookup(e => e.LocalName, StringComparer.Ordinal))[localName];
}
