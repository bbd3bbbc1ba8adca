using AngleSharp.Html.Dom;

namespace SiteGen.Verification;

/// <summary>One HTML page of a built site: its path relative to the site root ('/'), its parsed document, and the parse errors AngleSharp reported.</summary>
public sealed record SitePage(string Path, IHtmlDocument Document, IReadOnlyList<(int Line, int Column, string Message)> ParseErrors);
