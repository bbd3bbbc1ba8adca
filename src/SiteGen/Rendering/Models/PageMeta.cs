namespace SiteGen.Rendering.Models;

/// <summary>
/// What the layout needs about any page (<c>page</c> in templates): title, description, its own URL under the
/// base URL, its canonical URL (absolute when the site URL is configured), and the Open Graph type.
/// </summary>
public sealed record PageMeta(string Title, string Description, string Url, string Canonical, string OgType, string Kind);
