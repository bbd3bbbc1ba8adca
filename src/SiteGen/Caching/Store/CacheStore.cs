using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Caching.Store;

/// <summary>
/// Per-item results on disk under <c>.sitegen-cache/&lt;tool version&gt;/</c>, one pack file per kind
/// (<c>articles.pack</c>, <c>events.pack</c>, <c>pages.pack</c>, see <see cref="PackFile"/>). A stage reads the entries
/// it needs from the pack, makes the ones it lacks, and <see cref="Commit"/>s when done: the kind's pack is then
/// written anew with exactly the entries the stage used. One file per kind instead of one per entry: a rebuild of
/// 10,000 articles opened 30,000 small JSON files and parsed 240 MB; it now reads three indexes and compact binary
/// entries. An entry that cannot be read (damaged, half written, from another format) is a miss, never an error.
/// Folders of other tool versions are removed: they can never be hit again.
/// </summary>
public sealed class CacheStore
{
    public const string FolderName = ".sitegen-cache";

    private const string PackExtension = ".pack";

    private readonly string _root;
    private readonly ConcurrentDictionary<string, PackedKind> _kinds = new(StringComparer.Ordinal);

    public CacheStore(string siteRoot, string version)
    {
        var cache = Path.Combine(siteRoot, FolderName);
        _root = Path.Combine(cache, version);
        Directory.CreateDirectory(_root);
        foreach (var old in Directory.EnumerateDirectories(cache).Where(d => Path.GetFileName(d) != version))
            BestEffort(() => Directory.Delete(old, recursive: true)); // another build may still read it; the next one retries
        // Packs a crashed build left half written; an hour is far longer than any build takes to write one.
        foreach (var stale in Directory.EnumerateFiles(_root, "*" + PackExtension + ".*.tmp"))
            if (File.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddHours(-1)) BestEffort(() => File.Delete(stale));
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

    /// <summary>A key from the parts that decide a result (path, content hash, language...): 32 hex digits, 128 bits.</summary>
    public static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))))[..32];

    public T? TryRead<T>(string kind, string key, ICacheCodec<T> codec) where T : class => KindOf(kind).TryRead(Id(key), codec);

    /// <summary>Adds an entry; it is on disk once the kind is <see cref="Commit"/>ted.</summary>
    public void Write<T>(string kind, string key, T value, ICacheCodec<T> codec)
    {
        var writer = new EntryWriter();
        codec.Write(writer, value);
        KindOf(kind).Add(Id(key), writer.ToArray());
    }

    /// <summary>Keeps an entry this build did not need to read (`serve` had the result in memory) in the next pack.</summary>
    public void Keep(string kind, string key) => KindOf(kind).Keep(Id(key));

    /// <summary>
    /// Writes the kind's pack with the entries read, kept and written since the last commit; entries not used are
    /// dropped. A stage commits once it has looked up all its items. A pack that cannot be written costs the next
    /// build time, never this build.
    /// </summary>
    public void Commit(string kind) => KindOf(kind).Commit();

    /// <summary>How many entries the kind's pack on disk holds.</summary>
    internal int CountOnDisk(string kind) => KindOf(kind).CountOnDisk();

    internal string PathOf(string kind) => Path.Combine(_root, kind + PackExtension);

    private PackedKind KindOf(string kind) => _kinds.GetOrAdd(kind, k => new PackedKind(PathOf(k)));

    private static UInt128 Id(string key) =>
        key.Length == 32 && UInt128.TryParse(key, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"A cache key is 32 hex digits, made by {nameof(Key)}; got '{key}'.", nameof(key));

    private static void BestEffort(Action action)
    {
        try { action(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
