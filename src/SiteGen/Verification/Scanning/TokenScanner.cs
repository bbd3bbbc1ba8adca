using System.Buffers;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Scanning;

/// <summary>
/// Reads a page in one pass over AngleSharp's tokens, without building a document: each start tag is handed to the
/// rules as a <see cref="PageElement"/>. This stands for the parser only on a page whose token stream is its tree:
/// a no-quirks doctype, then html, head and body written out, every element closed by its own end tag in the order
/// opened, only elements <see cref="PlainTree"/> knows, no text where the tree builder would move it, and no error
/// from the tokenizer. On such a page the tree builder reports nothing and makes exactly these elements, in this
/// order, at these positions (tested against the full parser). On any other page <see cref="TryScan"/> gives up and
/// returns null, and the page is parsed in full (<see cref="DomScanner"/>), which also reports the parse errors.
/// </summary>
internal sealed class TokenScanner
{
    private enum Mode { Initial, BeforeHtml, BeforeHead, InHead, InHeadNoscript, AfterHead, InBody, AfterBody, AfterHtml }

    // Well below the parser's nesting limit (HtmlParserOptions.DefaultMaximumDepth), past which it reshapes the tree.
    private const int MaxDepth = 256;

    private readonly HtmlTokenizer _tokenizer;
    private readonly List<string> _open = [];
    private MemoryHtmlAttributeToken[] _attributes = new MemoryHtmlAttributeToken[8];
    private bool _failed;

    private TokenScanner(TextSource source)
    {
        _tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        _tokenizer.Error += (_, _) => _failed = true;
    }

    /// <summary>Feeds the page's elements to <paramref name="rules"/>; null when the page needs the tree builder.</summary>
    public static PageOutline? TryScan(string path, string html, IReadOnlyList<PageRule> rules)
    {
        using var source = new TextSource(html);
        return new TokenScanner(source).Scan(path, rules);
    }

    private PageOutline? Scan(string path, IReadOnlyList<PageRule> rules)
    {
        var mode = Mode.Initial;
        (int, int) htmlAt = (0, 0), headAt = (0, 0), bodyAt = (0, 0);
        string? lang = null, title = null;
        while (true)
        {
            // Text in body is of no check's concern: the tokenizer skips it there (still reporting its errors).
            _tokenizer.SkipDataText = mode == Mode.InBody;
            ref var token = ref _tokenizer.GetStructToken();
            if (_failed) return null;
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return mode == Mode.AfterHtml ? new PageOutline(path, htmlAt, lang, headAt, bodyAt, title ?? "", []) : null;
                case HtmlTokenType.Comment:
                    continue;
                case HtmlTokenType.Doctype:
                    if (mode != Mode.Initial || !IsNoQuirks(ref token)) return null;
                    mode = Mode.BeforeHtml;
                    continue;
                case HtmlTokenType.Character:
                    if (mode != Mode.InBody && !IsSpace(token.Data)) return null;
                    continue;
                case HtmlTokenType.EndTag:
                    if (token.Attributes.Count > 0 || token.IsSelfClosing || PlainTree.Name(token.Name) is not { } endName) return null;
                    switch (mode)
                    {
                        case Mode.InHead when endName == "head": mode = Mode.AfterHead; break;
                        case Mode.InHeadNoscript when endName == "noscript": mode = Mode.InHead; break;
                        case Mode.InBody when _open[^1] == endName:
                            _open.RemoveAt(_open.Count - 1);
                            if (_open.Count == 0) mode = Mode.AfterBody;
                            break;
                        case Mode.AfterBody when endName == "html": mode = Mode.AfterHtml; break;
                        default: return null;
                    }
                    continue;
                case HtmlTokenType.StartTag:
                    if (PlainTree.Name(token.Name) is not { } name || token.IsSelfClosing && !PlainTree.Void.Contains(name)) return null;
                    var at = (token.Position.Line, token.Position.Column);
                    switch (mode)
                    {
                        case Mode.BeforeHtml when name == "html":
                            htmlAt = at;
                            lang = token.Attributes.Count == 0 ? null : Attribute(ref token, "lang");
                            mode = Mode.BeforeHead;
                            break;
                        case Mode.BeforeHead when name == "head":
                            headAt = at;
                            mode = Mode.InHead;
                            break;
                        case Mode.InHead when PlainTree.InHead.Contains(name):
                            if (name == "noscript") mode = Mode.InHeadNoscript;
                            break;
                        case Mode.InHeadNoscript when PlainTree.InHeadNoscript.Contains(name):
                            break;
                        case Mode.AfterHead when name == "body":
                            bodyAt = at;
                            _open.Add(name);
                            mode = Mode.InBody;
                            break;
                        case Mode.InBody when TakesInBody(name):
                            if (!PlainTree.Void.Contains(name) && PlainTree.TextState(name) is null) _open.Add(name);
                            if (_open.Count > MaxDepth) return null;
                            break;
                        default:
                            return null;
                    }
                    var attributes = Attributes(ref token);
                    string? text = null;
                    if (PlainTree.TextState(name) is { } state)
                    {
                        // Raw text up to the element's own end tag, as the tree builder has the tokenizer read it; the
                        // attributes are copied out first, for reading on moves the tokenizer's buffers.
                        var copied = new MemoryHtmlAttributeToken[attributes.Length];
                        for (var i = 0; i < copied.Length; i++) copied[i] = Copied(attributes[i]);
                        attributes = copied;
                        _tokenizer.State = state;
                        if ((text = ReadText(name)) is null) return null;
                        if (name == "title") title ??= text;
                    }
                    var element = new PageElement(name, attributes, at.Line, at.Column, name == "script" ? text : null);
                    for (var i = 0; i < rules.Count; i++) rules[i].See(element);
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>The token's attributes, in a buffer this scanner reuses from tag to tag.</summary>
    private ReadOnlySpan<MemoryHtmlAttributeToken> Attributes(ref StructHtmlToken token)
    {
        var count = token.Attributes.Count;
        if (_attributes.Length < count) _attributes = new MemoryHtmlAttributeToken[Math.Max(count, 2 * _attributes.Length)];
        for (var i = 0; i < count; i++) _attributes[i] = token.Attributes[i];
        return _attributes.AsSpan(0, count);
    }

    private static MemoryHtmlAttributeToken Copied(MemoryHtmlAttributeToken attribute) =>
        new(attribute.Position, attribute.Name.ToString(), attribute.Value.ToString());

    private static string? Attribute(ref StructHtmlToken token, string name)
    {
        for (var i = 0; i < token.Attributes.Count; i++)
            if (((ReadOnlySpan<char>)token.Attributes[i].Name).SequenceEqual(name))
                return token.Attributes[i].Value.ToString();
        return null;
    }

    /// <summary>Whether the tree builder would insert <paramref name="name"/> in body as it stands, with no error and nothing closed.</summary>
    private bool TakesInBody(string name)
    {
        if (PlainTree.Phrasing.Contains(name))
            // A second open <a> or <button> is closed by the next: the tree would differ.
            return name is not ("a" or "button") || !_open.Contains(name);
        if (!PlainTree.Flow.Contains(name) || _open.Contains("p")) return false;
        if (PlainTree.IsHeading(name)) return !PlainTree.IsHeading(_open[^1]);
        return name switch
        {
            "form" => !_open.Contains("form"),
            "li" => !ClosesListItem(["li"]),
            "dd" or "dt" => !ClosesListItem(["dd", "dt"]),
            _ => true,
        };
    }

    // The standard's search for an open list item to close: from the current node down to the first "special" element.
    private bool ClosesListItem(string[] items)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(items, _open[i]) >= 0) return true;
            if (PlainTree.StopsListSearch.Contains(_open[i])) return false;
        }
        return false;
    }

    /// <summary>The text of a raw-text element up to its end tag; null when something else ends it.</summary>
    private string? ReadText(string name)
    {
        string? first = null;
        StringBuilder? more = null;
        while (true)
        {
            ref var token = ref _tokenizer.GetStructToken();
            if (_failed) return null;
            if (token.Type == HtmlTokenType.Character)
            {
                if (first is null) first = token.Data.ToString();
                else (more ??= new StringBuilder(first)).Append((ReadOnlySpan<char>)token.Data);
                continue;
            }
            if (token.Type != HtmlTokenType.EndTag || !((ReadOnlySpan<char>)token.Name).SequenceEqual(name)
                || token.Attributes.Count > 0 || token.IsSelfClosing) return null;
            return more?.ToString() ?? first ?? "";
        }
    }

    private static bool IsNoQuirks(ref StructHtmlToken doctype) =>
        doctype.Name == "html" && !doctype.IsQuirksForced && doctype.IsPublicIdentifierMissing && doctype.IsSystemIdentifierMissing;

    private static readonly SearchValues<char> Space = SearchValues.Create(" \t\n\f\r");

    private static bool IsSpace(ReadOnlySpan<char> data) => !data.ContainsAnyExcept(Space);
}
