namespace SiteGen.Verification.Model;

/// <summary>The URL-bearing attributes of a page (links, assets, sources, forms): one per element, named by the element.</summary>
public static class LinkTargets
{
    /// <summary>The URL <paramref name="element"/> links to ("" for an empty attribute), or null when it is no link.</summary>
    public static string? Of(in PageElement element) => element.Name switch
    {
        "a" or "link" or "area" => element.Attribute("href"),
        "script" or "img" or "source" or "iframe" => element.Attribute("src"),
        "form" => element.Attribute("action"),
        _ => null,
    };
}
