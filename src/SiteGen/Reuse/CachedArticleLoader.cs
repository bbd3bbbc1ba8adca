using System.Buffers;
using System.Security.Cryptography;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Progress;

namespace SiteGen.Reuse;

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

        cache?.Commit(Kind);

        foreach (var result in results) diagnostics.AddRange(result.Diagnostics);
        var loaded = results.Select(r => r.Article).OfType<Article>().ToList();
        var unique = ArticleLoader.WithUniqueSlugs(ArticleLoader.WithUniqueIds(loaded), diagnostics);
        if (Memory is null) return unique;
        // Both steps keep the order: an article that changed is a renamed copy of the one loaded at the same index.
        return [.. unique.Select((article, i) => ReferenceEquals(article, loaded[i]) ? article : Memory.Renamed(loaded[i], article))];
    }

    private CachedArticle Load(string fullPath, string relativePath)
    {
        if (Memory is null) return LoadFromDisk(fullPath, relativePath);
        var file = new FileInfo(fullPath);
        if (Memory.TryGet(fullPath, file) is { } known)
        {
            Interlocked.Increment(ref _hits);
            if (known.ContentHash.Length > 0) cache?.Keep(Kind, KeyOf(relativePath, known.ContentHash));
            return known;
        }

        var entry = LoadFromDisk(fullPath, relativePath);
        Memory.Remember(fullPath, file, entry);
        return entry;
    }

    private CachedArticle LoadFromDisk(string fullPath, string relativePath)
    {
        var local = new DiagnosticBag();
        byte[] buffer;
        int length;
        try
        {
            (buffer, length) = ReadPooled(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Let the loader read it again and report the problem in its own words.
            return new CachedArticle(relativePath, "", loader.LoadFile(fullPath, relativePath, local), local.Sorted);
        }

        try
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
            var key = KeyOf(relativePath, hash);
            // The entry holds no text: the reader takes it from the bytes just read, which hash to the entry's key.
            var codec = new CachedArticleCodec(() => TextDecoder.Decode(buffer.AsSpan(0, length)).Text);
            if (cache?.TryRead(Kind, key, codec) is { } hit && hit.ContentHash == hash && hit.RelativePath == relativePath)
            {
                Interlocked.Increment(ref _hits);
                return hit;
            }

            var article = loader.LoadBytes(buffer.AsSpan(0, length).ToArray(), relativePath, local);
            var entry = new CachedArticle(relativePath, hash, article, local.Sorted);
            cache?.Write(Kind, key, entry, codec);
            return entry;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Every input file is read to be hashed (41 MB at 10,000 articles) and, on a hit, decoded; no byte of it is kept,
    // so the bytes go to pooled buffers rather than to 10,000 new arrays for the collector.
    private static (byte[] Buffer, int Length) ReadPooled(string path)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength) throw new IOException($"The file is larger than {Array.MaxLength} bytes.");
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, (int)size));
        try
        {
            var length = 0;
            for (int read; length < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0;) length += read;
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private string KeyOf(string relativePath, string contentHash) => CacheStore.Key(relativePath, contentHash, loader.Language);
}
