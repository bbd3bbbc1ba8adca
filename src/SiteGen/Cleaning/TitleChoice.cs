namespace SiteGen.Cleaning;

/// <summary>The title and where it came from: <c>front-matter</c>, <c>headline</c> (a line the article carries, the
/// paragraph at <see cref="ParagraphIndex"/>), <c>headline-line</c> (a headline line glued to the body, the first line of
/// the paragraph at <see cref="ParagraphIndex"/>), <c>lead</c> (made from the lead sentence), <c>file-name</c> or
/// <c>fallback</c>.</summary>
public sealed record TitleChoice(string Title, string Source, int? ParagraphIndex = null);
