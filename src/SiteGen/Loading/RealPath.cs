namespace SiteGen.Loading;

/// <summary>
/// The path a path really names, every link along it resolved (what POSIX <c>realpath</c> gives), found with .NET's
/// own link reading so it works the same on every platform. Used to decide whether a link leads inside the input
/// folder and to know a folder reached twice. Null when a part does not exist or the links loop.
/// </summary>
public static class RealPath
{
    // What Linux allows before it answers ELOOP.
    private const int MaxLinks = 40;

    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var parts = new Stack<string>(Split(full[current.Length..]).Reverse());
        var links = 0;
        while (parts.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var candidate = Path.Combine(current, part);
            var info = new FileInfo(candidate);
            if (info.LinkTarget is not { } target)
            {
                if (!info.Exists && !Directory.Exists(candidate)) return null;
                current = candidate;
                continue;
            }
            if (++links > MaxLinks) return null;
            foreach (var step in Split(target).Reverse()) parts.Push(step);
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(Path.GetFullPath(target))!;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var root = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return path.Equals(root, Comparison)
            || path.StartsWith(root + Path.DirectorySeparatorChar, Comparison)
            || root.Length == 0 || root.EndsWith(':') && path.StartsWith(root, Comparison);
    }

    private static IEnumerable<string> Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
