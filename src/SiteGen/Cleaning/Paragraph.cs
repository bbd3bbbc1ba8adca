namespace SiteGen.Cleaning;

/// <summary>A block of the article body: a span (end exclusive) of <see cref="Loading.SourceFile.Text"/>. Furniture is kept, marked, so nothing is lost.</summary>
public sealed record Paragraph(int Start, int End, ParagraphKind Kind)
{
    /// <summary>Why the block got its kind: the furniture rule's name (<c>read-more</c>, <c>dateline</c>), <c>heading</c>,
    /// <c>pull-quote</c>, or <c>title</c> for the headline line that became the article's title. Null for plain body text.</summary>
    public string? Rule { get; init; }
}
