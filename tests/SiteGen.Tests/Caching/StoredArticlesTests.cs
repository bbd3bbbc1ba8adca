using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Diagnostics;
using SiteGen.Progress;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Caching;

public sealed class StoredArticlesTests
{
    private static ArticleLoader Loader() => new(TemporalTagger.Create("nl"), "nl");

    private static (ArticleLoader Loader, StoredArticles Store) Stored(CacheStore cache, int parallelism)
    {
        var store = new StoredArticles(cache, "nl");
        return (new ArticleLoader(TemporalTagger.Create("nl"), "nl") { Parallelism = parallelism, Reuse = store }, store);
    }

    [Fact]
    public void Parallel_and_cached_loads_give_exactly_what_the_sequential_loader_gives()
    {
        using var corpus = new GeneratedCorpus(50);
        File.WriteAllText(Path.Combine(corpus.Input, "leeg.md"), "");
        var expectedDiagnostics = new DiagnosticBag();
        var expected = Dump(Loader().LoadFolder(corpus.Input, expectedDiagnostics), expectedDiagnostics);

        var cache = new CacheStore(corpus.Root, "test");
        var cold = Stored(cache, parallelism: 4);
        var coldDiagnostics = new DiagnosticBag();
        Assert.Equal(expected, Dump(cold.Loader.LoadFolder(corpus.Input, coldDiagnostics, BuildProgress.Silent), coldDiagnostics));
        Assert.Equal(0, cold.Store.Hits);

        var warm = Stored(cache, parallelism: 4);
        var warmDiagnostics = new DiagnosticBag();
        Assert.Equal(expected, Dump(warm.Loader.LoadFolder(corpus.Input, warmDiagnostics, BuildProgress.Silent), warmDiagnostics));
        // The empty file is never opened (nor stored): it is empty by its size alone.
        Assert.Equal(50, warm.Store.Hits);
    }

    [Fact]
    public void An_edited_file_misses_the_cache_and_is_loaded_again()
    {
        using var corpus = new GeneratedCorpus(6);
        var cache = new CacheStore(corpus.Root, "test");
        Stored(cache, 2).Loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);
        var file = Directory.GetFiles(corpus.Input, "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\nOp 3 maart 2031 volgt een nieuw besluit.\n");

        var (loader, store) = Stored(cache, 2);
        var articles = loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        Assert.Equal(5, store.Hits);
        Assert.Contains(articles, a => a.Source.Text.Contains("3 maart 2031", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_tool_version_starts_from_an_empty_cache_and_removes_the_old_one()
    {
        using var corpus = new GeneratedCorpus(3);
        var old = new CacheStore(corpus.Root, "old");
        Stored(old, 2).Loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        var (loader, store) = Stored(new CacheStore(corpus.Root, "new"), 2);
        loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        Assert.Equal(0, store.Hits);
        Assert.False(Directory.Exists(old.Root));
    }

    // Records hold lists, which compare by reference; JSON compares them by content, field by field.
    private static string Dump(IReadOnlyList<Article> articles, DiagnosticBag diagnostics) =>
        JsonSerializer.Serialize(articles.Select(a => new LoadedArticle(a.Source.RelativePath, a.Source.ContentHash, a, [])).ToList(), ListContext.Default.ListLoadedArticle)
        + string.Join("\n", diagnostics.Sorted);
}
