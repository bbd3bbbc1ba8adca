using System.Collections.Concurrent;

namespace SiteGen.Caching;

/// <summary>
/// Loaded articles kept in memory between the builds of one `sitegen serve` session, by path, file size and
/// modification time: a file the watcher did not see change is taken as is, without reading or hashing it.
/// (A cold build never trusts timestamps; it goes by content hash through <see cref="CacheStore"/>.)
/// </summary>
public sealed class ArticleMemory
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, CachedArticle Entry)> _entries = new(StringComparer.Ordinal);

    public CachedArticle? TryGet(string fullPath, FileInfo file) =>
        _entries.TryGetValue(fullPath, out var known) && known.Length == file.Length && known.Written == file.LastWriteTimeUtc
            ? known.Entry
            : null;

    public void Remember(string fullPath, FileInfo file, CachedArticle entry) =>
        _entries[fullPath] = (file.Length, file.LastWriteTimeUtc, entry);
}
