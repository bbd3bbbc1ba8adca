namespace SiteGen.Configuration;

/// <summary>The settings <c>sitegen.yml</c> may hold; every field optional. Paths are relative to the file's folder.</summary>
public sealed record SiteConfig(
    string? Title = null,
    string? Description = null,
    string? Language = null,
    string? BaseUrl = null,
    string? Url = null,
    string? Input = null,
    string? Output = null,
    string? Templates = null,
    string? Wwwroot = null)
{
    public static readonly SiteConfig Empty = new();

    /// <summary>The short line under the home page's title that says what the timeline is about.</summary>
    public string? Intro { get; init; }

    /// <summary>The picture shared pages show (Open Graph): a file in wwwroot/ (<c>og-image.png</c>) or an http(s) address.</summary>
    public string? Image { get; init; }

    /// <summary>Applies these settings to <paramref name="options"/>; flags are applied after this, so they win.</summary>
    public SiteOptions ApplyTo(SiteOptions options)
    {
        string Under(string? path, string fallback) =>
            path is null ? fallback : Path.GetFullPath(Path.Combine(options.SiteRoot, path));

        return options with
        {
            Title = Title ?? options.Title,
            Description = Description ?? options.Description,
            Intro = Intro ?? options.Intro,
            Image = Image ?? options.Image,
            Language = Language ?? options.Language,
            BaseUrl = BaseUrl is null ? options.BaseUrl : Configuration.BaseUrl.Normalize(BaseUrl),
            SiteUrl = Url is null ? options.SiteUrl : Configuration.BaseUrl.NormalizeSiteUrl(Url),
            Input = Under(Input, options.Input),
            Output = Under(Output, options.Output),
            Templates = Under(Templates, options.Templates),
            Wwwroot = Under(Wwwroot, options.Wwwroot),
        };
    }
}
