using System.Text;

namespace SiteGen.Output;

/// <summary>
/// <c>.sitegen-manifest</c>, written into every site SiteGen publishes: each file's SHA-256 and path, one per line
/// (the form <c>sha256sum -c</c> reads). It marks the folder as SiteGen's, so a later build may replace it and no
/// other folder, and it tells exactly what the folder should hold: <c>sitegen verify</c> checks the folder against it,
/// and a build refuses a folder holding files it does not list (someone else put them there).
/// </summary>
public static class SiteManifest
{
    public const string FileName = ".sitegen-manifest";

    private const string Header = "# Written by SiteGen: every file of this site and its SHA-256. SiteGen replaces this folder only while it holds this file.\n";

    /// <summary>The manifest of <paramref name="files"/> (the site without its manifest), as a file of the site.</summary>
    public static OutputFile For(IReadOnlyList<OutputFile> files, int threads = 1)
    {
        // Hashing is most of the work (a 10,000-page site is some 300 MB); each file's hash is kept for the write and the record.
        var hashes = files.Where(f => f.Path != FileName).AsParallel().WithDegreeOfParallelism(Math.Max(1, threads))
            .Select(f => (f.Path, f.Hash)).ToList();
        var sb = new StringBuilder(Header);
        foreach (var (path, hash) in hashes.OrderBy(f => f.Path, StringComparer.Ordinal))
            sb.Append(hash).Append("  ").Append(path).Append('\n');
        return OutputFile.Text(FileName, sb.ToString());
    }

    /// <summary>The manifest in <paramref name="folder"/> (path → hash), or null when there is none or it is not one.</summary>
    public static IReadOnlyDictionary<string, string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (lines.Length == 0 || lines[0] != Header.TrimEnd('\n')) return null;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ') return null;
            files[line[66..]] = line[..64];
        }
        return files;
    }
}
