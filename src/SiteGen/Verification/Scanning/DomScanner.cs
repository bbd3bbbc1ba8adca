using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Scanning;

/// <summary>
/// Reads a page the <see cref="TokenScanner"/> cannot stand for (markup the tree builder reshapes or reports): the
/// full AngleSharp parse, with source positions and parse errors, and the document's elements in tree order handed
/// to the rules. Generated pages do not come here; broken or hand-written ones do.
/// </summary>
internal static class DomScanner
{
    // A parser builds a browsing context (services, entity tables) when made: one per thread, reused.
    [ThreadStatic] private static HtmlParser? _parser;
    [ThreadStatic] private static List<(int, int, string)>? _errors;

    public static PageOutline Scan(string path, string html, IReadOnlyList<PageRule> rules)
    {
        var parser = _parser ??= NewParser();
        var errors = _errors = [];
        var document = parser.ParseDocument(html);
        _errors = null;
        foreach (var element in document.All)
        {
            var attributes = element.Attributes.Select(a => new MemoryHtmlAttributeToken(default(TextPosition), a.Name, a.Value)).ToArray();
            var (line, column) = At(element);
            var seen = new PageElement(element.LocalName, attributes, line, column, element.LocalName == "script" ? element.TextContent : null);
            for (var i = 0; i < rules.Count; i++) rules[i].See(seen);
        }
        var root = document.DocumentElement;
        return new PageOutline(path, At(root), root.GetAttribute("lang"), At(document.Head), At(document.Body), document.Title ?? "", errors);
    }

    private static (int, int) At(IElement? element) =>
        element?.SourceReference?.Position is { } position ? (position.Line, position.Column) : (0, 0);

    private static HtmlParser NewParser()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                _errors?.Add((error.Position.Line, error.Position.Column, error.Message));
        };
        return parser;
    }
}
