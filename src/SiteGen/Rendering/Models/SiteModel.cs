using SiteGen.Configuration;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Models;

/// <summary>Site-wide values every template sees as <c>site</c>.</summary>
public sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string HomeUrl,
    string FeedUrl,
    string? SiteUrl)
{
    /// <summary>The line under the home page's title: <c>intro</c> from sitegen.yml, else the description.</summary>
    public string Intro { get; init; } = "";

    /// <summary>The absolute address of the picture shared pages show (Open Graph), or null (it needs the site's <c>url</c>).</summary>
    public string? ImageUrl { get; init; }

    public string ImageAlt { get; init; } = "";

    /// <summary>The tool and version that made the page (<c>SiteGen 0.1.0</c>), for the generator meta tag.</summary>
    public string Generator { get; init; } = ToolRelease.Generator;

    /// <summary>The interface texts of the timeline's script, as JSON fit for a data block (see <see cref="UiStrings.ScriptJson"/>).</summary>
    public RawHtml? TimelineTexts { get; init; }
}
