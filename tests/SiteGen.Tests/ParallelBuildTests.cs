using System.Security.Cryptography;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The fast paths (parallel stages, the per-article cache) must never change a byte: each is compared with a clean,
/// sequential, uncached build of the same generated corpus, files and diagnostics alike.
/// </summary>
public sealed class ParallelBuildTests : IDisposable
{
    private readonly GeneratedCorpus _corpus = new(48);

    private SiteOptions Options => SiteRun.Options(_corpus.Root, "input") with { BaseUrl = "/repo/" };

    [Fact]
    public void A_parallel_build_gives_the_bytes_of_a_sequential_one()
    {
        var sequential = Compose(parallelism: 1, cache: false);
        var parallel = Compose(parallelism: 4, cache: false);

        Assert.True(sequential.Files.Count > 48, "every article page, index, feed, sitemap, assets");
        Assert.Equal(sequential.Files, parallel.Files);
        Assert.Equal(sequential.Diagnostics, parallel.Diagnostics);
    }

    [Fact]
    public void Builds_from_a_cold_and_a_warm_cache_give_the_bytes_of_an_uncached_build()
    {
        var clean = Compose(parallelism: 1, cache: false);
        var cold = Compose(parallelism: 2, cache: true);
        var warm = Compose(parallelism: 2, cache: true);

        Assert.NotEmpty(clean.Files);
        var store = new CacheStore(_corpus.Root, ToolVersion.Current);
        Assert.True(store.CountOnDisk("articles") > 0, "articles are cached");
        Assert.True(store.CountOnDisk("events") > 0, "events are cached");
        Assert.Equal(clean.Files, cold.Files);
        Assert.Equal(clean.Files, warm.Files);
        Assert.Equal(clean.Diagnostics, warm.Diagnostics);
    }

    [Fact]
    public void After_an_edit_the_cached_build_matches_a_clean_build_of_the_edited_corpus()
    {
        Compose(parallelism: 2, cache: true);
        var file = Directory.GetFiles(_corpus.Input, "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: \"", "\ntitle: \"Herzien: ", StringComparison.Ordinal));

        var cached = Compose(parallelism: 2, cache: true);
        var clean = Compose(parallelism: 1, cache: false);

        Assert.Equal(clean.Files, cached.Files);
        Assert.Contains(cached.Files.Keys, path => path.Contains("herzien", StringComparison.Ordinal));
    }

    public void Dispose() => _corpus.Dispose();

    private (SortedDictionary<string, string> Files, string[] Diagnostics) Compose(int parallelism, bool cache)
    {
        var diagnostics = new DiagnosticBag();
        var site = new SiteBuilder(Options) { Parallelism = parallelism, UseCache = cache }.Compose(diagnostics);
        var files = new SortedDictionary<string, string>(
            site.Files.ToDictionary(f => f.Path, f => Convert.ToHexString(SHA256.HashData(f.Content))), StringComparer.Ordinal);
        return (files, [.. diagnostics.Sorted.Select(d => d.ToString())]);
    }
}
