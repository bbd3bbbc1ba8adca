using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Theming;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// What the last published build was made from (a fingerprint of the tool, the options and every input, template
/// and asset file's bytes) and what it wrote (each output file's length and write time), with the diagnostics it
/// printed. When nothing it was made from has changed and the output is still exactly what it wrote, a build has
/// nothing to do but say so and print the same diagnostics again: the check reads the inputs and lists the output,
/// nothing more. When something did change, each page's <see cref="WrittenFile.PageKey"/> and the
/// <see cref="RenderSalt"/> let the next build keep every page whose key is unchanged without rendering it again.
/// </summary>
public sealed record LastBuild(
    string Fingerprint, int ArticlesBuilt, int ArticlesSkipped, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<WrittenFile> Files)
{
    public const string FileName = "last-build.json";

    /// <summary>The <see cref="RenderMemo.Salt"/> the pages were rendered with (templates, strings, options, assets).</summary>
    public string? RenderSalt { get; init; }

    /// <summary>
    /// The files of the <see cref="SpareTree"/> this build kept (the site it replaced, as the build before recorded
    /// it, with hashes), or null when it kept none.
    /// </summary>
    public IReadOnlyList<WrittenFile>? Spare { get; init; }

    /// <summary>Where the spare tree of the cache <paramref name="cache"/> lies.</summary>
    public static string SpareFolder(CacheStore cache) => Path.Combine(cache.Root, "spare");

    /// <summary>
    /// The spare tree the <paramref name="last"/> build kept, when it is still exactly what was recorded (as
    /// <see cref="StillIn"/> checks the output); else null, and a spare no record describes (a build killed, failed
    /// or made without the cache since) is removed.
    /// </summary>
    public static SpareTree? SpareOf(LastBuild? last, CacheStore cache)
    {
        var folder = SpareFolder(cache);
        if (last?.Spare is { } files && files.All(f => f.Hash is not null) && Holds(folder, files))
            return new SpareTree(folder, files.ToDictionary(f => f.Path, f => f.Hash!, StringComparer.Ordinal));
        if (Directory.Exists(folder)) SpareTree.Drop(folder);
        return null;
    }

    /// <summary>
    /// The fingerprint of everything a build of <paramref name="options"/> reads, and no more: the input's article files
    /// (an article too large to be read by its length only, other files by their names), every template and asset,
    /// each file hashed as a stream, plus what walking the folders reported (a link or pipe skipped, a loop). A file
    /// that cannot be read counts as such here; the build names it (never an exit 74 from this check).
    /// </summary>
    public static string FingerprintOf(SiteOptions options, long maxArticleBytes = ArticleFile.DefaultMaxBytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(ToolVersion.Current);
        Add(string.Join('|', options.Relative(options.Input), options.Relative(options.Output), options.BaseUrl, options.SiteUrl,
            options.Language, options.Title, options.Description, options.Intro, options.Image, options.Strict));
        Add("input");
        if (Directory.Exists(options.Input))
        {
            var walked = new DiagnosticBag();
            var (files, others) = FolderWalker.Walk(options.Input, walked, InputScanner.IsArticle);
            foreach (var file in files)
            {
                Add(file.RelativePath);
                Add(file.Length > maxArticleBytes || file.Length == 0 ? $"not read, {file.Length} bytes" : ContentHash(file.FullPath));
            }
            foreach (var other in others) Add("other " + other);
            foreach (var diagnostic in walked.Sorted) Add(diagnostic.ToString());
        }
        // The theme in use: each template and asset by where it comes from (the site's file or the tool's default) and its bytes.
        var themeWalk = new DiagnosticBag();
        var theme = SiteTheme.Resolve(options, themeWalk);
        foreach (var file in theme.Templates.Concat(theme.Wwwroot))
        {
            Add(file.Display);
            Add(file.IsDefault ? file.ContentHash() : ContentHash(file.SiteFile!));
        }
        foreach (var other in theme.Others) Add("other " + other);
        foreach (var diagnostic in themeWalk.Sorted) Add(diagnostic.ToString());
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // No stream buffer: the hash reads in chunks of its own, and a 64 KB buffer per file was 640 MB of garbage for the
    // 10,000 files of a build that finds nothing changed.
    private static string ContentHash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + IoProblem.Cause(e);
        }
    }

    /// <summary>The files now in <paramref name="output"/> (no hashes: what can be known without reading them).</summary>
    public static IReadOnlyList<WrittenFile> Snapshot(string output) =>
        [.. FolderWalker.Walk(output, new DiagnosticBag(), _ => true, skipHidden: false).Files
            .Select(f => new WrittenFile(f.RelativePath, f.Length, File.GetLastWriteTimeUtc(f.FullPath).Ticks))];

    /// <summary>The site's files as they now lie in <paramref name="output"/>, each with the hash of its bytes and, for a page, the key it was rendered from.</summary>
    public static IReadOnlyList<WrittenFile> Snapshot(string output, IEnumerable<OutputFile> files, Func<string, string?>? pageKeyOf = null) =>
        [.. files
            .Select(f => (File: f, Info: new FileInfo(Path.Combine(output, f.Path))))
            .Select(x => new WrittenFile(x.File.Path, x.Info.Length, x.Info.LastWriteTimeUtc.Ticks) { Hash = x.File.Hash, PageKey = pageKeyOf?.Invoke(x.File.Path) })
            .OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="output"/> holds exactly the files this build wrote, untouched since (by length and write time).</summary>
    public bool StillIn(string output) => Holds(output, Files);

    private static bool Holds(string folder, IReadOnlyList<WrittenFile> files) =>
        Directory.Exists(folder) && Snapshot(folder).SequenceEqual(files.Select(f => f with { Hash = null, PageKey = null }));

    public static LastBuild? Read(CacheStore cache) => Read(Path.Combine(cache.Root, FileName));

    /// <summary>
    /// Every record under the site root's cache, of any tool version: a site written by an earlier version of SiteGen
    /// (before it wrote a <see cref="SiteManifest"/>) is still known as SiteGen's by the record of what it wrote.
    /// </summary>
    public static IEnumerable<LastBuild> Recorded(string siteRoot)
    {
        var cache = Path.Combine(siteRoot, CacheStore.FolderName);
        if (!Directory.Exists(cache)) yield break;
        foreach (var folder in Directory.EnumerateDirectories(cache))
            if (Read(Path.Combine(folder, FileName)) is { } record) yield return record;
    }

    private static LastBuild? Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), CacheJsonContext.Default.LastBuild);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Records this build; a record that cannot be written only means the next build does the work again.</summary>
    public void Write(CacheStore cache) => BestEffort(() =>
    {
        var path = Path.Combine(cache.Root, FileName);
        File.WriteAllBytes(path + ".tmp", JsonSerializer.SerializeToUtf8Bytes(this, CacheJsonContext.Default.LastBuild));
        File.Move(path + ".tmp", path, overwrite: true);
    });

    /// <summary>Forgets the last build (before a build that may change the output), so a failed one is never taken for it.</summary>
    public static void Forget(CacheStore cache) => BestEffort(() => File.Delete(Path.Combine(cache.Root, FileName)));

    private static void BestEffort(Action action)
    {
        try { action(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}

/// <summary>One file of a published site: path relative to the output folder, length, last write time (UTC ticks).</summary>
public sealed record WrittenFile(string Path, long Length, long WrittenTicks)
{
    /// <summary>SHA-256 of the bytes written, so the next build can leave a file whose bytes are the same alone.</summary>
    public string? Hash { get; init; }

    /// <summary>The <see cref="PageKey"/> of the model the page was rendered from; null for other files.</summary>
    public string? PageKey { get; init; }
}
