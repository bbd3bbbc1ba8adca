namespace SiteGen.Output;

/// <summary>
/// The staging folder of one build (<see cref="SiteWriter.NextFolder"/>), filled while the site is rendered: each
/// file is written there as soon as it is made and only its path and hash are kept (<see cref="OutputFile.Staged"/>),
/// so a build holds the largest page and the site's summaries in memory, not the site (issue 22: 411 MB of pages at
/// 10,000 articles). Verification reads the pages back from the folder; <see cref="SiteWriter.Publish"/> completes the
/// tree and swaps it in, or, when the build fails, <see cref="Discard"/> removes it, so the output is never touched
/// by a failed build. Made only while the build holds the output's lock.
/// </summary>
public sealed class SiteStaging
{
    private readonly string root;

    // Two files at one path would overwrite each other here, silently; the paths are SiteGen's own, so that is a bug.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> paths = new(StringComparer.Ordinal);

    private SiteStaging(string root) => this.root = root;

    public string Folder => root;

    /// <summary>An empty staging folder beside <paramref name="output"/> (a leftover of a killed build is removed first).</summary>
    public static SiteStaging Begin(string output)
    {
        var root = SiteWriter.NextFolder(output);
        SiteWriter.Discard(root);
        Directory.CreateDirectory(root);
        return new SiteStaging(root);
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
                File.WriteAllBytes(target, file.Content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteWriteException(file.Path, e);
        }
        return OutputFile.Staged(file.Path, hash, root, () => File.ReadAllBytes(target));
    }

    /// <summary>Removes the folder and everything staged in it (a failed build).</summary>
    public void Discard() => SiteWriter.Discard(root);
}
