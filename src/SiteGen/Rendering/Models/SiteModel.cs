namespace SiteGen.Rendering.Models;

/// <summary>Site-wide values every template sees as <c>site</c>.</summary>
public sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string HomeUrl,
    string FeedUrl,
    string? SiteUrl);
