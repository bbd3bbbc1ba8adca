using System.Text.Json;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Progress;
using SiteGen.Reuse;
using SiteGen.Temporal;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Loading;

public sealed class CachedArticleLoaderTests
{
    private static ArticleLoader Loader() => new(TemporalTagger.Create("nl"), "nl");

    [Fact]
    public void Parallel_and_cached_loads_give_exactly_what_the_sequential_loader_gives()
    {
        using var corpus = new GeneratedCorpus(50);
        File.WriteAllText(Path.Combine(corpus.Input, "leeg.md"), "");
        var expectedDiagnostics = new DiagnosticBag();
        var expected = Dump(Loader().LoadFolder(corpus.Input, expectedDiagnostics), expectedDiagnostics);

        var cache = new CacheStore(corpus.Root, "test");
        var cold = new CachedArticleLoader(Loader(), cache, parallelism: 4);
        var coldDiagnostics = new DiagnosticBag();
        Assert.Equal(expected, Dump(cold.LoadFolder(corpus.Input, coldDiagnostics, BuildProgress.Silent), coldDiagnostics));
        Assert.Equal(0, cold.Hits);

        var warm = new CachedArticleLoader(Loader(), cache, parallelism: 4);
        var warmDiagnostics = new DiagnosticBag();
        Assert.Equal(expected, Dump(warm.LoadFolder(corpus.Input, warmDiagnostics, BuildProgress.Silent), warmDiagnostics));
        Assert.Equal(51, warm.Hits);
    }

    [Fact]
    public void An_edited_file_misses_the_cache_and_is_loaded_again()
    {
        using var corpus = new GeneratedCorpus(6);
        var cache = new CacheStore(corpus.Root, "test");
        new CachedArticleLoader(Loader(), cache, 2).LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);
        var file = Directory.GetFiles(corpus.Input, "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\nOp 3 maart 2031 volgt een nieuw besluit.\n");

        var loader = new CachedArticleLoader(Loader(), cache, 2);
        var articles = loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        Assert.Equal(5, loader.Hits);
        Assert.Contains(articles, a => a.Source.Text.Contains("3 maart 2031", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_tool_version_starts_from_an_empty_cache_and_removes_the_old_one()
    {
        using var corpus = new GeneratedCorpus(3);
        var old = new CacheStore(corpus.Root, "old");
        new CachedArticleLoader(Loader(), old, 2).LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        var loader = new CachedArticleLoader(Loader(), new CacheStore(corpus.Root, "new"), 2);
        loader.LoadFolder(corpus.Input, new DiagnosticBag(), BuildProgress.Silent);

        Assert.Equal(0, loader.Hits);
        Assert.False(Directory.Exists(old.Root));
    }

    // Records hold lists, which compare by reference; JSON compares them by content, field by field.
    private static string Dump(IReadOnlyList<Article> articles, DiagnosticBag diagnostics) =>
        JsonSerializer.Serialize(articles.Select(a => new CachedArticle(a.Source.RelativePath, a.Source.ContentHash, a, [])).ToList(), ListContext.Default.ListCachedArticle)
        + string.Join("\n", diagnostics.Sorted);
}
