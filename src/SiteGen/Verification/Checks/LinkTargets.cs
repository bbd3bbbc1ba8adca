using AngleSharp.Dom;

namespace SiteGen.Verification.Checks;

/// <summary>The URL-bearing attributes of a page (links, assets, sources, forms) with the element carrying each.</summary>
public static class LinkTargets
{
    private static readonly (string Selector, string Attribute)[] Attributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("area[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("source[src]", "src"), ("iframe[src]", "src"), ("form[action]", "action"),
    ];

    public static IEnumerable<(IElement Element, string Url)> Of(SitePage page) =>
        Attributes.SelectMany(a => page.Document.QuerySelectorAll(a.Selector).Select(e => (e, e.GetAttribute(a.Attribute) ?? "")));
}
