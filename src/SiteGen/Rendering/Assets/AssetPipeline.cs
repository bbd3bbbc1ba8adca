using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Theming;

namespace SiteGen.Rendering.Assets;

/// <summary>
/// Copies the theme's static files (the site's <c>wwwroot/</c> over the default theme's); CSS and JS files are minified (NUglify: comments and spaces go, local names shrink;
/// timeline.js 33.7 KB → 18.8 KB) and get a content hash in their name (<c>site.3f2a9c1b.css</c>) because GitHub
/// Pages caches for ten minutes and allows no cache headers. A file the minifier cannot parse is copied as it is
/// (the browser tests run the published files). <see cref="Names"/> maps the written-as name to the published one
/// for the templates' <c>asset</c> helper. The site's files are found by <see cref="SiteTheme"/>: a link leading out
/// of the folder, a pipe or a loop is named, not followed.
/// </summary>
public sealed record AssetPipeline(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The files of <paramref name="wwwroot"/> alone (no default theme under them).</summary>
    public static AssetPipeline Collect(string wwwroot, DiagnosticBag? diagnostics = null) =>
        Collect(SiteTheme.SiteFiles(wwwroot, DefaultTheme.WwwrootFolder, diagnostics ?? new DiagnosticBag()));

    /// <summary>The theme's static files (<see cref="SiteTheme.Wwwroot"/>: the site's over the defaults).</summary>
    public static AssetPipeline Collect(IReadOnlyList<ThemeFile> wwwroot)
    {
        var files = new List<OutputFile>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in wwwroot)
        {
            var relative = file.RelativePath;
            var bytes = file.ReadBytes();
            var published = relative;
            var extension = Path.GetExtension(relative);
            if (extension is ".css" or ".js")
            {
                bytes = Minified(bytes, extension);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
                published = relative[..^extension.Length] + "." + hash + extension;
            }
            names[relative] = published;
            files.Add(new OutputFile(published, bytes));
        }
        return new AssetPipeline(files, names);
    }

    private static byte[] Minified(byte[] bytes, string extension)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var result = extension == ".js" ? NUglify.Uglify.Js(text) : NUglify.Uglify.Css(text);
        return result.HasErrors || result.Code is null ? bytes : System.Text.Encoding.UTF8.GetBytes(result.Code + "\n");
    }
}
