using SiteGen.Caching;
using SiteGen.Verification;
using Xunit;

namespace SiteGen.Tests.Performance;

public sealed class CacheStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-cache-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Entries_written_at_once_from_many_threads_into_new_folders_are_all_there_to_read()
    {
        // Many threads write into the same fan-out folders while those are still being made: a thread must never
        // write before the folder exists (such a write failed silently, and the next build did the work again).
        for (var round = 0; round < 5; round++)
        {
            var store = new CacheStore(_root, "round-" + round);
            var keys = Enumerable.Range(0, 2_000).Select(i => CacheStore.Key("page", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Parallel.ForEach(keys, new ParallelOptions { MaxDegreeOfParallelism = 16 },
                key => store.Write("pages", key, new PageVerdict([], [key], []), CacheJsonContext.Default.PageVerdict));

            var missing = keys.Count(key => store.TryRead("pages", key, CacheJsonContext.Default.PageVerdict) is null);
            Assert.Equal(0, missing);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
