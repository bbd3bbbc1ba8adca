using AngleSharp.Html.Parser.Tokens.Struct;

namespace SiteGen.Verification.Model;

/// <summary>
/// One element of a page as the page checks see it: its local name, its attributes in source order (names lower-case,
/// character references resolved), where its start tag is (1-based; 0 when the parser made the element up) and, for a
/// <c>&lt;script&gt;</c>, its text. The attributes may point into the tokenizer's buffers: the element lives only for
/// the call that sees it, and a check copies out (as strings) just what it keeps.
/// </summary>
public readonly ref struct PageElement(string name, ReadOnlySpan<MemoryHtmlAttributeToken> attributes, int line, int column, string? text = null)
{
    public string Name { get; } = name;

    public ReadOnlySpan<MemoryHtmlAttributeToken> Attributes { get; } = attributes;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string? Text { get; } = text;

    /// <summary>The value of the first attribute named <paramref name="name"/> (lower-case), or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
            if (((ReadOnlySpan<char>)attribute.Name).SequenceEqual(name))
                return attribute.Value.ToString();
        return null;
    }

    /// <summary>A finding at this element's start tag.</summary>
    public Finding Finding(string path, string message, string? fix) => new(path, Line, Column, message, fix);
}
