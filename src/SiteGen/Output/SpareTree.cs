namespace SiteGen.Output;

/// <summary>
/// The tree a build swapped out of the output folder, kept for the next build to stage into instead of an empty
/// folder. Making the new tree from nothing cost a one-article rebuild of 10,000 articles 10,000 folders and 11,000
/// hard links, and removing the old tree as many removals: 2.5–8.6 s of kernel time on the bench machine, more than
/// any stage of that rebuild (bench/README.md). Between two builds the spare is the site before last: it shares every
/// file the last build did not change with the published site (hard links), so the next build replaces only the
/// files that changed in either build, removes the ones gone, and swaps. It lies in the cache folder (moved there by a
/// rename, so only where that is on the output's file system), is known exactly by the last build's record (each
/// file's path, length, write time and hash) and is used only while it still matches that record.
/// </summary>
public sealed class SpareTree(string folder, IReadOnlyDictionary<string, string> files)
{
    /// <summary>Where the spare lies between builds.</summary>
    public string Folder => folder;

    /// <summary>Its files, path → SHA-256, exactly as they lie in <see cref="Folder"/>.</summary>
    public IReadOnlyDictionary<string, string> Files => files;

    /// <summary>Moves the spare to <paramref name="root"/> (a rename); false, with the spare removed, where it cannot be.</summary>
    internal bool MoveTo(string root)
    {
        try
        {
            Directory.Move(folder, root);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Drop(folder);
            return false;
        }
    }

    /// <summary>
    /// Keeps the tree just swapped out (at <paramref name="from"/>) as the spare at <paramref name="folder"/>; false,
    /// with it left where it was, where it cannot be moved (another file system, no permission).
    /// </summary>
    public static bool Keep(string from, string folder)
    {
        try
        {
            SiteWriter.Discard(folder);
            Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
            Directory.Move(from, folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes a spare that no record describes any more (a killed or failed build, a build without the cache).</summary>
    public static void Drop(string folder)
    {
        try { SiteWriter.Discard(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
