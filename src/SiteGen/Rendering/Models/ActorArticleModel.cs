namespace SiteGen.Rendering.Models;

/// <summary>An article an actor page lists: its title, page, date label and machine-readable date (null when undated).</summary>
public sealed record ActorArticleModel(string Title, string Url, string DateLabel, string? DateTime);
