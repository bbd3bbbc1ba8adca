using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Theming;

/// <summary>
/// The templates and static files a build of a site uses: the site's own <c>templates/</c> and <c>wwwroot/</c> laid
/// over the default theme file by file, the way a Hugo project's layouts override its theme's. A site that has only
/// <c>templates/article.sbn</c> keeps every other default template, text and asset; a site without the folders uses
/// the defaults alone. The site's files are found by <see cref="FolderWalker"/> (a link out of the folder, a pipe or a
/// loop is named, not followed); <see cref="Others"/> lists what the walk passed over, for the build's fingerprint.
/// </summary>
public sealed record SiteTheme(IReadOnlyList<ThemeFile> Templates, IReadOnlyList<ThemeFile> Wwwroot, IReadOnlyList<string> Others)
{
    /// <summary>How a default file is named in diagnostics: it lies in no folder of the site.</summary>
    public const string DefaultPrefix = "sitegen:";

    public static SiteTheme Resolve(SiteOptions options, DiagnosticBag diagnostics)
    {
        var others = new List<string>();
        var templates = Layer(options.Templates, DefaultTheme.TemplatesFolder, diagnostics.Under(DefaultTheme.TemplatesFolder), others);
        var wwwroot = Layer(options.Wwwroot, DefaultTheme.WwwrootFolder, diagnostics.Under(options.Relative(options.Wwwroot)), others);
        return new SiteTheme(templates, wwwroot, others);
    }

    /// <summary>The files of <paramref name="siteFolder"/> over the default theme's <paramref name="folder"/>, ordered by relative path.</summary>
    public static IReadOnlyList<ThemeFile> Layer(string siteFolder, string folder, DiagnosticBag diagnostics, List<string>? others = null)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var (path, bytes) in DefaultTheme.Files(folder))
            files[path] = new ThemeFile(path, $"{DefaultPrefix}{folder}/{path}", null, bytes);
        foreach (var file in SiteFiles(siteFolder, folder, diagnostics, others)) files[file.RelativePath] = file;
        return [.. files.Values];
    }

    /// <summary>The files of <paramref name="siteFolder"/> alone (none when it does not exist), named <c>folder/relative path</c>.</summary>
    public static IReadOnlyList<ThemeFile> SiteFiles(string siteFolder, string folder, DiagnosticBag diagnostics, List<string>? others = null)
    {
        if (!Directory.Exists(siteFolder)) return [];
        var (walked, skipped) = FolderWalker.Walk(siteFolder, diagnostics, _ => true, skipHidden: false);
        others?.AddRange(skipped.Select(s => folder + "/" + s));
        return [.. walked.Select(f => new ThemeFile(f.RelativePath, $"{folder}/{f.RelativePath}", f.FullPath, null))];
    }
}
