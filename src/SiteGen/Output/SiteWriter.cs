namespace SiteGen.Output;

/// <summary>
/// Writes the site into a staging folder beside the output (same volume, so the swap is a rename) and swaps it in
/// only when asked, after verification passed. A failed build deletes its staging folder and leaves the previous
/// output exactly as it was.
/// </summary>
public static class SiteWriter
{
    public static string WriteStaging(string output, IEnumerable<OutputFile> files)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"The output folder '{output}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $"{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
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
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
