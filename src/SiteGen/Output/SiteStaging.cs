namespace SiteGen.Output;

/// <summary>
/// The staging folder of one build (<see cref="SiteWriter.NextFolder"/>), filled while the site is rendered: each
/// file is written there as soon as it is made and only its path and hash are kept (<see cref="OutputFile.Staged"/>),
/// so a build holds the largest page and the site's summaries in memory, not the site (issue 22: 411 MB of pages at
/// 10,000 articles). Verification reads the pages back from the folder; <see cref="SiteWriter.Publish"/> completes the
/// tree and swaps it in, or, when the build fails, <see cref="Discard"/> removes it, so the output is never touched
/// by a failed build. Made only while the build holds the output's lock.
/// The folder is either new and empty, or a <see cref="SpareTree"/>: the tree an earlier build swapped out, whose
/// files are hard links shared with the published site. So that nothing written here can reach the published site
/// through such a link, a file is never opened for writing where one already lies: the link is removed first and the
/// file created anew (<see cref="WriteNew"/>).
/// </summary>
public sealed class SiteStaging
{
    private readonly string root;

    // Two files at one path would overwrite each other here, silently; the paths are SiteGen's own, so that is a bug.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> paths = new(StringComparer.Ordinal);

    private SiteStaging(string root, IReadOnlyDictionary<string, string>? kept) => (this.root, Kept) = (root, kept);

    public string Folder => root;

    /// <summary>
    /// The files that lay in the folder when the build began (path → hash), from the <see cref="SpareTree"/> it was
    /// made of; null for a folder that began empty. A file of the new site with the same hash is already in place.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Kept { get; }

    /// <summary>An empty staging folder beside <paramref name="output"/> (a leftover of a killed build is removed first).</summary>
    public static SiteStaging Begin(string output) => Begin(output, null);

    /// <summary>
    /// The staging folder beside <paramref name="output"/>, made of <paramref name="spare"/> when one is given (moved,
    /// not copied: a rename), else empty. The spare's manifest goes at once: until this build writes its own, last,
    /// the folder is no complete site (<see cref="SiteWriter.Recover"/> relies on that).
    /// </summary>
    public static SiteStaging Begin(string output, SpareTree? spare)
    {
        var root = SiteWriter.NextFolder(output);
        SiteWriter.Discard(root);
        if (spare is not null && spare.MoveTo(root))
        {
            File.Delete(Path.Combine(root, SiteManifest.FileName));
            return new SiteStaging(root, spare.Files);
        }
        Directory.CreateDirectory(root);
        return new SiteStaging(root, null);
    }

    /// <summary>Writes <paramref name="file"/> into the folder (safe from several threads) and returns its staged form.</summary>
    public OutputFile Stage(OutputFile file)
    {
        if (file.StagedIn == root) return file;
        if (!paths.TryAdd(file.Path, 0))
            throw new InvalidOperationException($"Two files of the site have the path '{file.Path}'.");
        var target = Path.Combine(root, file.Path);
        string hash;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Kept is not null && Kept.ContainsKey(file.Path)) File.Delete(target);
            if (file.WriteTo is { } write)
            {
                // A hash transform passes the bytes through unchanged: the file is hashed as it is written, not read back.
                using var sha = System.Security.Cryptography.SHA256.Create();
                using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                using (var hashing = new System.Security.Cryptography.CryptoStream(stream, sha, System.Security.Cryptography.CryptoStreamMode.Write))
                    write(hashing);
                hash = Convert.ToHexStringLower(sha.Hash!);
            }
            else
            {
                hash = file.Hash;
                WriteNew(target, file.Content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteWriteException(file.Path, e);
        }
        return OutputFile.Staged(file.Path, hash, root, () => File.ReadAllBytes(target));
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to a file that must not exist yet: where one does (a link shared with the
    /// published site, not removed first), this throws instead of writing through it.
    /// </summary>
    internal static void WriteNew(string target, byte[] bytes)
    {
        using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        stream.Write(bytes);
    }

    /// <summary>Removes the folder and everything staged in it (a failed build).</summary>
    public void Discard() => SiteWriter.Discard(root);
}
