using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Models;

/// <summary>
/// What the layout needs about any page (<c>page</c> in templates): title, description, its own URL under the
/// base URL, its canonical URL (absolute when the site URL is configured), and the Open Graph type.
/// </summary>
public sealed record PageMeta(string Title, string Description, string Url, string Canonical, string OgType, string Kind)
{
    /// <summary>When an article was published and last changed (ISO 8601), for <c>article:published_time</c>; else null.</summary>
    public string? Published { get; init; }

    public string? Modified { get; init; }

    /// <summary>Structured data for search engines (schema.org JSON-LD), ready for a data block; null when the page has none.</summary>
    public RawHtml? JsonLd { get; init; }
}
