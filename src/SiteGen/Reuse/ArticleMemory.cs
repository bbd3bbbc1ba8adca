using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SiteGen.Dating;

namespace SiteGen.Reuse;

/// <summary>
/// Loaded articles kept in memory between the builds of one `sitegen serve` session, by path, file size and
/// modification time: a file the watcher did not see change is taken as is, without reading or hashing it.
/// (A cold build never trusts timestamps; it goes by content hash through <see cref="CacheStore"/>.)
/// </summary>
public sealed class ArticleMemory
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, CachedArticle Entry)> _entries = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Article, Article> _renamed = new();

    public CachedArticle? TryGet(string fullPath, FileInfo file) =>
        _entries.TryGetValue(fullPath, out var known) && known.Length == file.Length && known.Written == file.LastWriteTimeUtc
            ? known.Entry
            : null;

    /// <summary>
    /// <paramref name="renamed"/> (the loaded <paramref name="original"/> with a suffix that makes its id or slug
    /// unique), or the object the last build made for the same original with the same id and slug: a clashing
    /// article stays one object from build to build, as every other unchanged article does, so what later stages
    /// keep per article object (events, bodies) is reused for it too.
    /// </summary>
    public Article Renamed(Article original, Article renamed)
    {
        if (_renamed.TryGetValue(original, out var known) && known.Id == renamed.Id && known.Slug == renamed.Slug) return known;
        _renamed.AddOrUpdate(original, renamed);
        return renamed;
    }

    public void Remember(string fullPath, FileInfo file, CachedArticle entry) =>
        _entries[fullPath] = (file.Length, file.LastWriteTimeUtc, entry);
}
