using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Verification;
using SiteGen.Verification.Model;
using Xunit;

namespace SiteGen.Tests.Caching;

public sealed class CacheStoreConcurrencyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-cache-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Entries_written_at_once_from_many_threads_are_all_there_to_read_after_the_commit()
    {
        // Many threads add entries at once (as the per-page verification does): none may be lost. The store this
        // replaced wrote one file per entry and lost an entry now and then when two threads made its folder.
        for (var round = 0; round < 5; round++)
        {
            var store = new CacheStore(_root, "round-" + round);
            var keys = Enumerable.Range(0, 2_000).Select(i => CacheStore.Key("page", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Parallel.ForEach(keys, new ParallelOptions { MaxDegreeOfParallelism = 16 },
                key => store.Write("pages", key, new PageVerdict([], [key], []), PageVerdictCodec.Instance));
            store.Commit("pages");

            var reopened = new CacheStore(_root, "round-" + round);
            var missing = keys.Count(key => reopened.TryRead("pages", key, PageVerdictCodec.Instance) is not { } verdict || !verdict.Ids.Contains(key));
            Assert.Equal(0, missing);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
