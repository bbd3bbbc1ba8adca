using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// Lists the article files under the input folder in a stable order (relative path, ordinal). Hidden folders
/// (<c>.git</c>, <c>.obsidian</c>) and linked folders are skipped; every other file that is not an article is named
/// in an info diagnostic, so nothing dropped into the folder disappears without a word.
/// </summary>
public static class InputScanner
{
    public static readonly IReadOnlySet<string> ArticleExtensions =
        new HashSet<string>([".txt", ".md", ".markdown"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ArticleFile> Scan(string inputDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDirectory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error("SG0100", inputDirectory, 0, 0, "The input folder does not exist.",
                "Pass an existing folder with --input, or set 'input' in sitegen.yml.");
            return [];
        }

        var files = new List<ArticleFile>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                var info = new DirectoryInfo(sub);
                if (info.Name.StartsWith('.') || info.LinkTarget is not null)
                {
                    diagnostics.Add(new Diagnostic(Severity.Info, "SG0109", Relative(root, sub) + "/", 0, 0,
                        "Hidden or linked folder skipped.", "Move articles out of it if they should be built."));
                    continue;
                }
                pending.Push(sub);
            }
            foreach (var file in Directory.EnumerateFiles(dir))
            {
                var relative = Relative(root, file);
                if (ArticleExtensions.Contains(Path.GetExtension(file))) files.Add(new ArticleFile(file, relative));
                else
                    diagnostics.Add(new Diagnostic(Severity.Info, "SG0106", relative, 0, 0,
                        "Not an article (only .txt, .md and .markdown files are read); ignored.",
                        "Rename it to .txt or .md if it is an article, or move it out of the input folder."));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
