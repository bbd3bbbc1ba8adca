namespace SiteGen.Cleaning;

/// <summary>The body as blocks (furniture included, marked) and what the furniture told about the article (a byline).</summary>
public sealed record CleanedBody(IReadOnlyList<Paragraph> Paragraphs, string? Author);
