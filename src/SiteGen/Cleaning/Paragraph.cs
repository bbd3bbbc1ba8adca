namespace SiteGen.Cleaning;

/// <summary>A block of the article body: a span (end exclusive) of <see cref="Loading.SourceFile.Text"/>. Furniture is kept, marked, so nothing is lost.</summary>
public sealed record Paragraph(int Start, int End, ParagraphKind Kind);
