using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Progress;

namespace SiteGen.Caching;

/// <summary>
/// Loads the input folder like <see cref="ArticleLoader.LoadFolder"/> (same articles, same diagnostics, same
/// order) but file by file in parallel, and through the cache when one is given: a file whose bytes hash to a
/// cached entry is not cleaned or tagged again. Slugs are made unique afterwards, across all files, in path order.
/// </summary>
public sealed class CachedArticleLoader(ArticleLoader loader, CacheStore? cache, int parallelism)
{
    private const string Kind = "articles";

    /// <summary>Articles of earlier builds in this process (serve); null for a one-off build.</summary>
    public ArticleMemory? Memory { get; init; }

    public int Hits => _hits;

    private int _hits;

    public IReadOnlyList<Article> LoadFolder(string inputDirectory, DiagnosticBag diagnostics, BuildProgress progress)
    {
        var files = InputScanner.Scan(inputDirectory, diagnostics);
        var results = new CachedArticle[files.Count];
        using (var stage = progress.Start("load", files.Count))
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                results[i] = Load(files[i].FullPath, files[i].RelativePath);
                stage.Advance();
            });
        }

        foreach (var result in results) diagnostics.AddRange(result.Diagnostics);
        return ArticleLoader.WithUniqueSlugs(ArticleLoader.WithUniqueIds([.. results.Select(r => r.Article).OfType<Article>()]), diagnostics);
    }

    private CachedArticle Load(string fullPath, string relativePath)
    {
        if (Memory is null) return LoadFromDisk(fullPath, relativePath);
        var file = new FileInfo(fullPath);
        if (Memory.TryGet(fullPath, file) is { } known)
        {
            Interlocked.Increment(ref _hits);
            return known;
        }

        var entry = LoadFromDisk(fullPath, relativePath);
        Memory.Remember(fullPath, file, entry);
        return entry;
    }

    private CachedArticle LoadFromDisk(string fullPath, string relativePath)
    {
        var local = new DiagnosticBag();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Let the loader read it again and report the problem in its own words.
            return new CachedArticle(relativePath, "", loader.LoadFile(fullPath, relativePath, local), local.Sorted);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = CacheStore.Key(relativePath, hash, loader.Language);
        if (cache?.TryRead(Kind, key, CacheJsonContext.Default.CachedArticle) is { } hit && hit.ContentHash == hash && hit.RelativePath == relativePath)
        {
            Interlocked.Increment(ref _hits);
            return hit.Article is null ? hit : hit with { Article = WithText(hit.Article, TextDecoder.Decode(bytes).Text) };
        }

        var article = loader.LoadBytes(bytes, relativePath, local);
        var entry = new CachedArticle(relativePath, hash, article, local.Sorted);
        cache?.Write(Kind, key, article is null ? entry : entry with { Article = WithText(article, "") }, CacheJsonContext.Default.CachedArticle);
        return entry;
    }

    private static Article WithText(Article article, string text) => article with { Source = article.Source with { Text = text } };
}
