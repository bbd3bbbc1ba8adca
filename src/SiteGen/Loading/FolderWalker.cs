using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// Lists the regular files under a folder without ever leaving it or opening anything else. A link (to a file or a
/// folder) is followed only when its real target lies inside the folder; one leading outside or nowhere is skipped
/// with a warning naming it, whatever its name (a contributor's <c>ln -s /etc/passwd x.txt</c> publishes nothing). A folder reached a
/// second time through links is skipped (a loop ends at once). Pipes, sockets and devices are named and skipped,
/// never opened. A folder that cannot be listed is named; the rest is still walked. Files come back in ordinal order
/// of their relative paths.
/// </summary>
public static class FolderWalker
{
    /// <summary>
    /// The files under <paramref name="folder"/>; <paramref name="wanted"/> (given the relative path) says which matter,
    /// so a skipped link or pipe is a warning when it would have been wanted and only info otherwise.
    /// Diagnostics name entries relative to the folder.
    /// </summary>
    public static (IReadOnlyList<WalkedFile> Files, IReadOnlyList<string> Others) Walk(
        string folder, DiagnosticBag diagnostics, Func<string, bool> wanted, bool skipHidden = true)
    {
        var files = new List<WalkedFile>();
        var others = new List<string>();
        if (RealPath.Of(folder) is not { } root || !Directory.Exists(root)) return (files, others);
        var visited = new HashSet<string>([root], RealPath.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(string Listed, string Real, string Relative)>([(Path.GetFullPath(folder), root, "")]);
        // Folder links are followed after every real folder was read, so a real folder is never taken for a link's second way in.
        var links = new Queue<(FileSystemInfo Link, string Target, string Relative)>();
        while (true)
        {
            if (!pending.TryPop(out var dir))
            {
                if (!links.TryDequeue(out var link)) break;
                Follow(link.Link, link.Target, link.Relative);
                continue;
            }
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir.Listed).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning("SG0124", dir.Relative + "/", 0, 0, $"The folder cannot be read ({IoProblem.Cause(e)}); its files are not built.",
                    "Give the build permission to read the folder, or move the articles elsewhere.");
                continue;
            }
            foreach (var entry in entries)
            {
                var relative = dir.Relative.Length == 0 ? entry.Name : dir.Relative + "/" + entry.Name;
                try
                {
                    if (entry.LinkTarget is { } target)
                    {
                        if (Directory.Exists(entry.FullName)) links.Enqueue((entry, target, relative));
                        else Follow(entry, target, relative);
                    }
                    else if (entry is DirectoryInfo)
                        Enter(entry.FullName, Path.Combine(dir.Real, entry.Name), relative);
                    else
                    {
                        // Pipes, sockets and devices all have a size of 0: only an empty entry needs asking what it is.
                        var length = ((FileInfo)entry).Length;
                        Add(entry.FullName, relative, length, length > 0 ? FileKind.Regular : FileType.Of(entry.FullName));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Unreadable(relative, e);
                }
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        others.Sort(StringComparer.Ordinal);
        return (files, others);

        void Unreadable(string relative, Exception e)
        {
            var badName = relative.Contains('\uFFFD');
            diagnostics.Add(new Diagnostic(wanted(relative) || badName ? Severity.Warning : Severity.Info, "SG0125", relative, 0, 0,
                badName ? "The name of this file is not valid UTF-8, so it cannot be opened; skipped."
                    : $"This entry cannot be examined ({IoProblem.Cause(e)}); skipped.",
                badName ? "Rename the file to a name written in UTF-8." : "Check that it exists and is readable, or remove it."));
        }

        void Enter(string listed, string real, string relative)
        {
            if (skipHidden && Path.GetFileName(relative).StartsWith('.'))
            {
                diagnostics.Add(new Diagnostic(Severity.Info, "SG0109", relative + "/", 0, 0,
                    "Hidden folder skipped.", "Move articles out of it if they should be built."));
                return;
            }
            if (!visited.Add(real))
            {
                diagnostics.Warning("SG0123", relative + "/", 0, 0,
                    "This folder link leads to a folder that is already read (a loop or a second way in); skipped.",
                    "Remove the link, or point it at a folder that is not already inside the input.");
                return;
            }
            pending.Push((listed, real, relative));
        }

        void Follow(FileSystemInfo link, string target, string relative)
        {
            var real = RealPath.Of(link.FullName);
            if (real is null || !RealPath.IsWithin(real, root))
            {
                var where = real is null ? "to nothing (its target does not exist, or links loop)" : $"outside the folder (to '{target}')";
                diagnostics.Warning("SG0121", relative, 0, 0, $"The link leads {where}; it is not followed.",
                    "Copy the file into the folder instead of linking to it, or remove the link.");
                return;
            }
            if (Directory.Exists(real))
            {
                Enter(real, real, relative);
                return;
            }
            var kind = FileType.Of(real);
            Add(real, relative, kind == FileKind.Regular ? new FileInfo(real).Length : 0, kind);
        }

        void Add(string path, string relative, long length, FileKind kind)
        {
            if (kind != FileKind.Regular)
            {
                diagnostics.Add(new Diagnostic(wanted(relative) ? Severity.Warning : Severity.Info, "SG0122", relative, 0, 0,
                    $"This is {FileType.Describe(kind)}, not a regular file; it is skipped and never opened.",
                    "Remove it from the folder; only regular files are read."));
                return;
            }
            if (wanted(relative)) files.Add(new WalkedFile(path, relative, length));
            else others.Add(relative);
        }
    }
}
