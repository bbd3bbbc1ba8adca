using SiteGen.Configuration;

namespace SiteGen.Theming;

/// <summary>
/// The files <c>sitegen new</c> writes: settings with comments, one sample article, <c>.gitignore</c>, a README and a
/// Pages workflow that installs this very version of the tool. They are resources (<c>Resources/NewSite/</c>) named
/// without their leading dots, so the repository's own git and GitHub never take them for its own.
/// </summary>
public static class StarterSite
{
    private const string Prefix = "SiteGen.Resources/NewSite/";

    /// <summary>Where each resource lands in the new site.</summary>
    private static readonly Dictionary<string, string> Targets = new(StringComparer.Ordinal)
    {
        ["gitignore"] = ".gitignore",
        ["pages.yml"] = ".github/workflows/pages.yml",
    };

    /// <summary>The files, by path inside the new site, with <c>@VERSION@</c> and <c>@TITLE@</c> filled in.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title)
    {
        var assembly = typeof(StarterSite).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = name[Prefix.Length..].Replace('\\', '/');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd().Replace("@VERSION@", ToolRelease.Number).Replace("@TITLE@", title);
            files.Add((Targets.GetValueOrDefault(relative, relative), text));
        }
        return files;
    }
}
