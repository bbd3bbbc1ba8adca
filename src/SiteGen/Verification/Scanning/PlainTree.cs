namespace SiteGen.Verification.Scanning;

/// <summary>
/// The elements whose tree-building <see cref="TokenScanner"/> knows, as the HTML standard's "in head" and "in body"
/// insertion modes treat them. Anything not named here sends a page to the full parser: the lists may stay short
/// (a rare element only costs time), but every entry must be right, for it decides whether the tree builder would
/// move, close or report something the token stream does not show.
/// </summary>
internal static class PlainTree
{
    /// <summary>Elements the tree builder inserts and pops at once; a trailing slash on them is no error.</summary>
    public static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements allowed in &lt;head&gt; (raw-text ones are read by <see cref="TextState"/>; noscript opens its own mode).</summary>
    public static readonly HashSet<string> InHead = new(StringComparer.Ordinal)
    {
        "base", "basefont", "bgsound", "link", "meta", "title", "script", "style", "noframes", "noscript",
    };

    /// <summary>What &lt;noscript&gt; in &lt;head&gt; may hold when scripting is off (the parser's default).</summary>
    public static readonly HashSet<string> InHeadNoscript = new(StringComparer.Ordinal)
    {
        "basefont", "bgsound", "link", "meta", "style", "noframes",
    };

    /// <summary>
    /// Phrasing elements that the tree builder simply inserts ("any other start tag", the formatting elements, the
    /// void ones), so they may sit inside an open &lt;p&gt;. Every other allowed start tag is only taken with no
    /// &lt;p&gt; open, since many of them close one.
    /// </summary>
    public static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "dfn", "em", "i", "img", "input", "kbd",
        "label", "link", "mark", "meta", "q", "s", "samp", "script", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "wbr",
    };

    /// <summary>Other body elements taken as they stand, with no &lt;p&gt; open (flow content, lists, forms, headings).</summary>
    public static readonly HashSet<string> Flow = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "noscript",
        "ol", "p", "pre", "section", "source", "summary", "track", "ul", "iframe", "textarea", "style", "title", "area",
        "embed", "param", "base", "basefont", "bgsound",
    };

    /// <summary>
    /// Elements of the standard's "special" category among the allowed ones, where the search for an open &lt;li&gt;,
    /// &lt;dd&gt; or &lt;dt&gt; to close stops (address, div and p do not stop it). Left out when unsure: a missing
    /// entry only sends more pages to the full parser.
    /// </summary>
    public static readonly HashSet<string> StopsListSearch = new(StringComparer.Ordinal)
    {
        "article", "aside", "blockquote", "body", "button", "dd", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "nav", "ol", "pre", "section", "ul",
    };

    private static readonly HashSet<string> Known = new([.. Void, .. InHead, .. Phrasing, .. Flow, "html", "head", "body"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownSpans = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name of a tag as one string per name, or null for a name none of these lists has (the page needs the full parser).</summary>
    public static string? Name(ReadOnlySpan<char> tag) => KnownSpans.TryGetValue(tag, out var name) ? name : null;

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>How the tokenizer reads what follows the start tag of <paramref name="name"/> in HTML content (scripting off).</summary>
    public static AngleSharp.Html.Parser.HtmlParseMode? TextState(string name) => name switch
    {
        "script" => AngleSharp.Html.Parser.HtmlParseMode.Script,
        "style" or "noframes" or "iframe" or "xmp" or "noembed" => AngleSharp.Html.Parser.HtmlParseMode.Rawtext,
        "title" or "textarea" => AngleSharp.Html.Parser.HtmlParseMode.RCData,
        _ => null,
    };
}
