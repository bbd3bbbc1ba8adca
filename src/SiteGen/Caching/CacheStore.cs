using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SiteGen.Caching;

/// <summary>
/// Per-item results on disk under <c>.sitegen-cache/&lt;tool version&gt;/&lt;kind&gt;/</c>, one small JSON file per
/// key, so a rebuild reads what it needs and writes only what changed. An entry that cannot be read (half written by
/// a crashed build, or by two builds at once) is a miss, never an error.
/// Folders of other tool versions are removed: they can never be hit again.
/// </summary>
public sealed class CacheStore
{
    public const string FolderName = ".sitegen-cache";

    private readonly string _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public CacheStore(string siteRoot, string version)
    {
        var cache = Path.Combine(siteRoot, FolderName);
        _root = Path.Combine(cache, version);
        Directory.CreateDirectory(_root);
        foreach (var old in Directory.EnumerateDirectories(cache).Where(d => Path.GetFileName(d) != version))
        {
            try { Directory.Delete(old, recursive: true); }
            catch (IOException) { /* another build may still read it; the next one retries */ }
        }
    }

    public string Root => _root;

    /// <summary>
    /// The cache at <paramref name="siteRoot"/>, or null (with one info diagnostic) when its folder cannot be made,
    /// e.g. in a read-only checkout: the cache only saves time, so the build goes on without it.
    /// </summary>
    public static CacheStore? TryOpen(string siteRoot, string version, Diagnostics.DiagnosticBag diagnostics)
    {
        try
        {
            return new CacheStore(siteRoot, version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostics.Diagnostic(Diagnostics.Severity.Info, "SG6002", FolderName, 0, 0,
                $"The cache folder cannot be written ({e.Message.TrimEnd('.')}); building without it.",
                "Make the site root writable, or pass --no-cache."));
            return null;
        }
    }

    /// <summary>A key from the parts that decide a result (path, content hash, language...), safe as a file name.</summary>
    public static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))))[..32];

    public T? TryRead<T>(string kind, string key, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(PathOf(kind, key)), type);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    public void Write<T>(string kind, string key, T value, JsonTypeInfo<T> type)
    {
        // Written in place, not through a temporary file and a rename: a 10,000-article build writes 30,000 entries,
        // and a torn entry (a crash, two builds at once) is never valid JSON, so it reads as a miss.
        var path = PathOf(kind, key);
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            // Marked as made only once it exists: a thread that saw it marked must never write into a folder not yet made
            // (that write failed as a silent miss, so a warm build now and then re-did an article).
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, true);
            }
            File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(value, type));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a full disk or a folder made read-only mid-build costs the next build time, never this build
        }
    }

    // Two hex characters of fan-out keep folders small at 100,000 articles.
    private string PathOf(string kind, string key) => Path.Combine(_root, kind, key[..2], key + ".json");
}
