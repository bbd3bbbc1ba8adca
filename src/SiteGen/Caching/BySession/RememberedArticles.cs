using System.Collections.Concurrent;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Loading;
using SiteGen.Reuse;

namespace SiteGen.Caching.BySession;

/// <summary>
/// Loaded articles kept between the builds of one `sitegen serve` session, by path, file size and modification
/// time: a file the session saw before and that did not change since is taken as is, without reading or hashing it,
/// and stays the very same object, which is what the later session memories recognise it by. (A one-off build never
/// trusts timestamps; it goes by content hash through <see cref="StoredArticles"/>.)
/// </summary>
public sealed class RememberedArticles : IReuse<ArticleFile, LoadedArticle>
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, LoadedArticle Entry)> _entries = new(StringComparer.Ordinal);

    /// <summary>This build's store, which keeps the entries of remembered articles and is asked for the rest (null: none).</summary>
    public StoredArticles? Store { get; set; }

    public LoadedArticle GetOrMake(ArticleFile file, Func<ArticleFile, LoadedArticle> make)
    {
        var info = new FileInfo(file.FullPath);
        if (_entries.TryGetValue(file.FullPath, out var known) && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
        {
            Store?.Keep(known.Entry);
            return known.Entry;
        }
        var entry = Store is null ? make(file) : Store.GetOrMake(file, make);
        _entries[file.FullPath] = (info.Length, info.LastWriteTimeUtc, entry);
        return entry;
    }

    public void Commit() => Store?.Commit();
}
