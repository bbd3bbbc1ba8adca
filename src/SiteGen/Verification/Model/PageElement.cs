using AngleSharp.Html.Parser.Tokens;

namespace SiteGen.Verification.Model;

/// <summary>
/// One element of a page as the page checks see it: its local name, its attributes in source order (names lower-case,
/// character references resolved), where its start tag is (1-based; 0 when the parser made the element up) and, for a
/// <c>&lt;script&gt;</c>, its text. Passed by reference while the page is read; a check keeps what it needs, not the element.
/// </summary>
public readonly record struct PageElement(string Name, IReadOnlyList<HtmlAttributeToken> Attributes, int Line, int Column, string? Text = null)
{
    /// <summary>The value of the first attribute named <paramref name="name"/> (lower-case), or null.</summary>
    public string? Attribute(string name)
    {
        for (var i = 0; i < Attributes.Count; i++)
            if (string.Equals(Attributes[i].Name, name, StringComparison.Ordinal))
                return Attributes[i].Value;
        return null;
    }

    public bool HasAttribute(string name) => Attribute(name) is not null;

    /// <summary>A finding at this element's start tag.</summary>
    public Finding Finding(string path, string message, string? fix) => new(path, Line, Column, message, fix);
}
