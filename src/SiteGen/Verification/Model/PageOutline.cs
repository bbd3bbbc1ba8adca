namespace SiteGen.Verification.Model;

/// <summary>
/// What a page checks needs of the document as a whole once every element has passed: where &lt;html&gt;, &lt;head&gt; and
/// &lt;body&gt; start (0, 0 when missing or made up by the parser), the <c>lang</c> of &lt;html&gt;, the document's title
/// (<c>document.title</c>: the text of its first HTML &lt;title&gt;, "" when none) and the parse errors, in order.
/// </summary>
public sealed record PageOutline(
    string Path,
    (int Line, int Column) Html,
    string? Lang,
    (int Line, int Column) Head,
    (int Line, int Column) Body,
    string Title,
    IReadOnlyList<(int Line, int Column, string Message)> ParseErrors)
{
    public Finding At((int Line, int Column) where, string message, string? fix) => new(Path, where.Line, where.Column, message, fix);
}
