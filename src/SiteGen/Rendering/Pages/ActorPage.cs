using SiteGen.Rendering.Models;

namespace SiteGen.Rendering.Pages;

/// <summary>One actor page or period page: its site-relative folder, model, title and description.</summary>
public sealed record ActorPage(string Path, ActorPageModel Model, string Title, string Description);
