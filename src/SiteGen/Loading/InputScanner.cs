using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// Lists the article files under the input folder in a stable order (relative path, ordinal), through
/// <see cref="FolderWalker"/>: nothing outside the folder, nothing but regular files. Hidden folders (<c>.git</c>,
/// <c>.obsidian</c>) are skipped; every other file that is not an article is named in an info diagnostic, so nothing
/// dropped into the folder disappears without a word.
/// </summary>
public static class InputScanner
{
    public static readonly IReadOnlySet<string> ArticleExtensions =
        new HashSet<string>([".txt", ".md", ".markdown"], StringComparer.OrdinalIgnoreCase);

    public static bool IsArticle(string path) => ArticleExtensions.Contains(Path.GetExtension(path));

    public static IReadOnlyList<ArticleFile> Scan(string inputDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Error("SG0100", inputDirectory, 0, 0, "The input folder does not exist.",
                "Pass an existing folder with --input, or set 'input' in sitegen.yml.");
            return [];
        }
        var (files, others) = FolderWalker.Walk(inputDirectory, diagnostics, IsArticle);
        foreach (var other in others)
            diagnostics.Add(new Diagnostic(Severity.Info, "SG0106", other, 0, 0,
                "Not an article (only .txt, .md and .markdown files are read); ignored.",
                "Rename it to .txt or .md if it is an article, or move it out of the input folder."));
        return [.. files.Select(f => new ArticleFile(f.FullPath, f.RelativePath, f.Length))];
    }
}
