namespace SiteGen.Output;

/// <summary>
/// Writes the site into a staging folder beside the output (same volume, so the swap is a rename) and swaps it in
/// only when asked, after verification passed. A failed build deletes its staging folder and leaves the previous
/// output exactly as it was.
/// </summary>
public static class SiteWriter
{
    public static string WriteStaging(string output, IEnumerable<OutputFile> files) => WriteStaging(output, files, 1);

    /// <summary>Writes the files with <paramref name="threads"/> writers; folders are made first, one by one.</summary>
    public static string WriteStaging(string output, IEnumerable<OutputFile> files, int threads)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"The output folder '{output}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $"{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            foreach (var folder in ordered.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            Parallel.ForEach(ordered, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
                file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
        }
        catch
        {
            Discard(staging);
            throw;
        }
        return staging;
    }

    /// <summary>
    /// Brings an output folder that still holds exactly what the last build wrote (<paramref name="previous"/>: path →
    /// hash of its bytes) up to date in place: a file whose bytes are unchanged is left alone, a changed or new one is
    /// written under a temporary name beside it and renamed over the old one (so no reader ever sees half a page), and
    /// a file the site no longer has is deleted, with folders left empty. Called only after the build passed
    /// verification; rewriting and then deleting a whole 10,000-page site costs seconds, this costs the changed pages.
    /// Returns how many files were written.
    /// </summary>
    public static int Update(string output, IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> previous, int threads)
    {
        var changed = files.Where(f => !previous.TryGetValue(f.Path, out var hash) || hash != f.Hash).ToList();
        foreach (var folder in changed.Select(f => Path.GetDirectoryName(Path.Combine(output, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, file =>
        {
            var target = Path.Combine(output, file.Path);
            var temporary = $"{target}.tmp-{Guid.NewGuid():N}";
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, target, overwrite: true);
        });
        var kept = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var root = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var gone in previous.Keys.Where(p => !kept.Contains(p)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(root, gone);
            File.Delete(path);
            // Folders the deleted file leaves empty go too, up to (not including) the output folder.
            for (var folder = Path.GetDirectoryName(path)!; folder.Length > root.Length && IsEmpty(folder); folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
        }
        return changed.Count;
    }

    private static bool IsEmpty(string folder) => Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Replaces <paramref name="output"/> by <paramref name="staging"/>: the old folder is moved aside first and removed last.</summary>
    public static void Swap(string staging, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var old = staging + ".old";
        if (Directory.Exists(full)) Directory.Move(full, old);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(old) && !Directory.Exists(full)) Directory.Move(old, full);
            throw;
        }
        Discard(old);
    }

    public static void Discard(string folder)
    {
        if (!Directory.Exists(folder)) return;
        // Removing a 10,000-page site file by file is I/O-bound; two deleters halve the wait.
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), new ParallelOptions { MaxDegreeOfParallelism = 2 }, File.Delete);
        Directory.Delete(folder, recursive: true);
    }
}
