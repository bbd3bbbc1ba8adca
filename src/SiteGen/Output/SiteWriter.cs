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
