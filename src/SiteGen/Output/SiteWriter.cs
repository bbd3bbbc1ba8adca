using SiteGen.Platform;

namespace SiteGen.Output;

/// <summary>
/// Publishes a site so that the output folder is, at every moment and after a kill at any point, the whole old site or
/// the whole new one. The new site is written as a complete tree beside the output (<c>_site.sitegen-next</c>, same
/// parent, so same file system), a file the old site already holds with the same bytes as a hard link to it (cheap: a
/// one-article rebuild writes one page and links the rest), the <see cref="SiteManifest"/> last. Then the two folders
/// are swapped: on Linux in one step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so the output path never stops
/// naming a complete site; where that is not available, by two renames (output to <c>_site.sitegen-old</c>, then the
/// new tree to the output), between which a kill leaves no output folder for a moment, which <see cref="Recover"/>
/// repairs before the next build. The old tree is deleted last. Leftovers of a killed build are removed by the next.
/// </summary>
public static class SiteWriter
{
    public static string NextFolder(string output) => Full(output) + ".sitegen-next";

    public static string OldFolder(string output) => Full(output) + ".sitegen-old";

    /// <summary>
    /// Completes the tree of <paramref name="staging"/> (the build's staging folder beside <paramref name="output"/>)
    /// with the <paramref name="files"/> not yet staged there, and swaps it in. <paramref name="previous"/> (path → hash)
    /// is what the output holds now, exactly, when known: those files are linked, not written again. A failure leaves
    /// the output as it was and throws (a <see cref="SiteWriteException"/> when a file could not be written).
    /// With <paramref name="spareAt"/>, the old site swapped out is kept there as the next build's <see cref="SpareTree"/>
    /// instead of being removed; returns whether it was (only after an exchange, and only where it could be moved).
    /// </summary>
    public static bool Publish(SiteStaging staging, string output, IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string>? previous,
        int threads, string? spareAt = null)
    {
        var full = Full(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var next = staging.Folder;
        try
        {
            WriteTree(staging, files, previous is null ? null : (full, previous), threads);
            return Swap(next, full) && spareAt is not null && SpareTree.Keep(next, spareAt);
        }
        finally
        {
            // Before the swap it holds the unfinished new site; after an exchange, the old one, unless kept. What
            // cannot be removed now is removed by the next build (Recover).
            try { Discard(next); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Repairs what a killed build left beside <paramref name="output"/>: when the output folder is missing (a kill
    /// between the two renames of the fallback swap), the finished new site (its manifest is written last) or else the
    /// old one is put back; then the staging folders go, and those of SiteGen before 0.2 (<c>_site.tmp-…</c>).
    /// Called with the <see cref="OutputLock"/> held, so no other build is using them.
    /// </summary>
    public static void Recover(string output)
    {
        var full = Full(output);
        var (next, old) = (NextFolder(output), OldFolder(output));
        if (!Path.Exists(full))
        {
            if (File.Exists(Path.Combine(next, SiteManifest.FileName))) Directory.Move(next, full);
            else if (Directory.Exists(old)) Directory.Move(old, full);
        }
        Discard(next);
        Discard(old);
        var parent = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent)) return;
        foreach (var leftover in Directory.EnumerateDirectories(parent, Path.GetFileName(full) + ".tmp-*"))
            if (System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(leftover)[(Path.GetFileName(full).Length + 5)..], "^[0-9a-f]{32}(\\.old)?$"))
                Discard(leftover);
    }

    private static void WriteTree(SiteStaging staging, IReadOnlyList<OutputFile> files, (string Folder, IReadOnlyDictionary<string, string> Hashes)? old, int threads)
    {
        var root = staging.Folder;
        var kept = staging.Kept;
        var ordered = files.Where(f => f.Path != SiteManifest.FileName).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(root);
        if (kept is not null) RemoveGone(root, kept, files);
        // A staging folder made of a spare tree has the folders of the site before last; only new ones are made.
        foreach (var folder in ordered.Where(f => kept is null || !kept.ContainsKey(f.Path))
                     .Select(f => Path.GetDirectoryName(Path.Combine(root, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        Parallel.ForEach(ordered, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, file =>
        {
            if (file.StagedIn == root) return;
            var target = Path.Combine(root, file.Path);
            if (kept is not null && kept.TryGetValue(file.Path, out var had))
            {
                if (had == file.Hash) return;
                File.Delete(target);
            }
            if (old is var (folder, hashes) && hashes.TryGetValue(file.Path, out var hash) && hash == file.Hash
                && LibC.TryHardLink(Path.Combine(folder, file.Path), target))
                return;
            Write(target, file);
        });
        // Last: a staging folder holding its manifest is complete.
        if (files.FirstOrDefault(f => f.Path == SiteManifest.FileName) is { } manifest) Write(Path.Combine(root, manifest.Path), manifest);
    }

    // The spare's files that the new site no longer has, and the folders that leaves empty (a fresh tree has no empty
    // folder, so neither may this one).
    private static void RemoveGone(string root, IReadOnlyDictionary<string, string> kept, IReadOnlyList<OutputFile> files)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in kept.Keys.Where(p => !paths.Contains(p)))
        {
            File.Delete(Path.Combine(root, path));
            emptied.Add(Path.GetDirectoryName(Path.Combine(root, path))!);
        }
        // Deepest first, so a folder whose only content was an emptied folder goes too.
        foreach (var folder in emptied.Reverse())
            for (var dir = folder; dir.Length > root.Length && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
                Directory.Delete(dir);
    }

    private static void Write(string target, OutputFile file)
    {
        try
        {
            SiteStaging.WriteNew(target, file.Content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteWriteException(file.Path, e);
        }
    }

    /// <summary>Puts <paramref name="next"/> in the place of <paramref name="output"/>; true when the two were exchanged, so <paramref name="next"/> now holds the old site.</summary>
    private static bool Swap(string next, string output)
    {
        if (File.Exists(output)) throw new IOException($"'{output}' is a file, not a folder");
        if (!Directory.Exists(output))
        {
            Directory.Move(next, output);
            return false;
        }
        if (Directory.Exists(output) && LibC.TryExchange(next, output)) return true;
        var old = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".sitegen-old");
        Discard(old);
        Directory.Move(output, old);
        try
        {
            Directory.Move(next, output);
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
            throw;
        }
        Discard(old);
        return false;
    }

    public static void Discard(string folder)
    {
        if (!Directory.Exists(folder) || new DirectoryInfo(folder).LinkTarget is not null) return;
        // Removing a 10,000-page site file by file is I/O-bound; two deleters halve the wait.
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), new ParallelOptions { MaxDegreeOfParallelism = 2 }, File.Delete);
        Directory.Delete(folder, recursive: true);
    }

    private static string Full(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
}
