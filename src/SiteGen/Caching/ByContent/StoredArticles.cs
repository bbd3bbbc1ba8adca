using SiteGen.Articles;
using SiteGen.Caching.Store;
using SiteGen.Loading;
using SiteGen.Reuse;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// Loaded articles by file content: a file whose bytes hash to a stored entry (same path, same language) is not
/// cleaned or tagged again. The entry holds no text: the reader takes it from the bytes just read, which hash to the
/// entry's key. A file that cannot be hashed (unreadable, too large) is only loaded, so its problem is reported.
/// </summary>
public sealed class StoredArticles(CacheStore store, string language) : IReuse<ArticleFile, LoadedArticle>
{
    private const string Kind = "articles";

    private int _hits;

    /// <summary>Files taken from the store since this object was made.</summary>
    public int Hits => _hits;

    public LoadedArticle GetOrMake(ArticleFile file, Func<ArticleFile, LoadedArticle> make)
    {
        if (file.ContentHash is not { } hash) return make(file);
        var key = KeyOf(file.RelativePath, hash);
        var codec = new LoadedArticleCodec(() => TextDecoder.Decode(file.Bytes()!).Text);
        if (store.TryRead(Kind, key, codec) is { } hit && hit.ContentHash == hash && hit.RelativePath == file.RelativePath)
        {
            Interlocked.Increment(ref _hits);
            return hit;
        }
        var made = make(file);
        store.Write(Kind, key, made, codec);
        return made;
    }

    /// <summary>Keeps the entry of an article a `serve` session had in memory without reading its file.</summary>
    public void Keep(LoadedArticle known)
    {
        if (known.ContentHash.Length > 0) store.Keep(Kind, KeyOf(known.RelativePath, known.ContentHash));
    }

    public void Commit() => store.Commit(Kind);

    private string KeyOf(string relativePath, string contentHash) => CacheStore.Key(relativePath, contentHash, language);
}
