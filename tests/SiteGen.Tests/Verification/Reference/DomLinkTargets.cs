using AngleSharp.Dom;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>The URL-bearing attributes of a page (links, assets, sources, forms) with the element carrying each.</summary>
public static class DomLinkTargets
{
    private static readonly Dictionary<string, string> Attributes = new(StringComparer.Ordinal)
    {
        ["a"] = "href", ["link"] = "href", ["area"] = "href", ["script"] = "src", ["img"] = "src",
        ["source"] = "src", ["iframe"] = "src", ["form"] = "action",
    };

    /// <summary>In document order.</summary>
    public static IEnumerable<(IElement Element, string Url)> Of(SitePage page) =>
        from element in page.Elements
        where Attributes.TryGetValue(element.LocalName, out var attribute) && element.HasAttribute(attribute)
        select (element, element.GetAttribute(Attributes[element.LocalName]) ?? "");
}
