using SiteGen.Caching.Store;
using SiteGen.Reuse;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// The packed store: what one stage writes, the next one reads; a pack holds only what the last stage used; a pack
/// that is truncated or damaged in any place reads as misses, never as an error or a wrong value; and stores of
/// two builds at once on one folder never corrupt each other.
/// </summary>
public sealed class CacheStoreTests : IDisposable
{
    private const string Kind = "test";

    private readonly TempFolder _temp = new();

    private CacheStore Open() => new(_temp.Path, "v1");

    private static string KeyOf(int i) => CacheStore.Key("item", i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // The value is derived from the key, so any value read under the wrong key shows.
    private static string ValueOf(int i) => $"value {i} " + new string((char)('a' + i % 26), 20 + i % 7 * 40);

    private static void Fill(CacheStore store, IEnumerable<int> items)
    {
        foreach (var i in items) store.Write(Kind, KeyOf(i), ValueOf(i), TextCodec.Instance);
        store.Commit(Kind);
    }

    [Fact]
    public void Entries_a_stage_wrote_are_read_by_the_next_store_and_only_used_ones_are_kept()
    {
        Fill(Open(), Enumerable.Range(0, 100));

        var next = Open();
        foreach (var i in Enumerable.Range(0, 100).Where(i => i % 2 == 0))
            Assert.Equal(ValueOf(i), next.TryRead(Kind, KeyOf(i), TextCodec.Instance));
        next.Keep(Kind, KeyOf(1));
        next.Write(Kind, KeyOf(500), ValueOf(500), TextCodec.Instance);
        Assert.Equal(100, next.CountOnDisk(Kind)); // nothing changes on disk before the commit
        next.Commit(Kind);

        var third = Open();
        Assert.Equal(52, third.CountOnDisk(Kind));
        Assert.Equal(ValueOf(1), third.TryRead(Kind, KeyOf(1), TextCodec.Instance));
        Assert.Equal(ValueOf(500), third.TryRead(Kind, KeyOf(500), TextCodec.Instance));
        Assert.Null(third.TryRead(Kind, KeyOf(3), TextCodec.Instance));
    }

    [Fact]
    public void A_store_reused_after_its_commit_reads_the_new_pack()
    {
        var store = Open();
        Fill(store, [1, 2]);
        Assert.Equal(ValueOf(2), store.TryRead(Kind, KeyOf(2), TextCodec.Instance));
        store.Commit(Kind);
        Assert.Equal(1, store.CountOnDisk(Kind));
    }

    [Fact]
    public void Many_rebuilds_keep_the_pack_at_the_size_of_what_the_last_one_used()
    {
        var sizes = new List<long>();
        for (var build = 0; build < 20; build++)
        {
            // Each build uses 50 items, 5 of them new (an edit gives a new key, like a changed article).
            var store = Open();
            var items = Enumerable.Range(build * 5, 50).ToList();
            foreach (var i in items)
                if (store.TryRead(Kind, KeyOf(i), TextCodec.Instance) is null) store.Write(Kind, KeyOf(i), ValueOf(i), TextCodec.Instance);
            store.Commit(Kind);
            Assert.Equal(50, store.CountOnDisk(Kind));
            sizes.Add(new FileInfo(store.PathOf(Kind)).Length);
        }
        Assert.True(sizes.Max() < sizes.Min() * 1.5, string.Join(", ", sizes));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Open().PathOf(Kind))!));
    }

    public static TheoryData<string> Damages => ["empty", "header only", "half", "one byte short", "flipped index byte", "flipped entry byte", "garbage", "zero count"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_pack_reads_as_misses_never_as_errors_or_wrong_values(string damage)
    {
        Fill(Open(), Enumerable.Range(0, 40));
        var path = Open().PathOf(Kind);
        var bytes = File.ReadAllBytes(path);
        var indexEnd = PackFile.HeaderSize + 40 * PackFile.SlotSize;
        File.WriteAllBytes(path, damage switch
        {
            "empty" => [],
            "header only" => bytes[..PackFile.HeaderSize],
            "half" => bytes[..(bytes.Length / 2)],
            "one byte short" => bytes[..^1],
            "flipped index byte" => Flip(bytes, PackFile.HeaderSize + 7 * PackFile.SlotSize + 20),
            "flipped entry byte" => Flip(bytes, indexEnd + (bytes.Length - indexEnd) / 3),
            "garbage" => [.. Enumerable.Range(0, bytes.Length).Select(i => (byte)(i * 7919 % 251))],
            _ => [.. bytes[..12], 0, 0, 0, 0, .. bytes[16..]],
        });

        var store = Open();
        var hits = Enumerable.Range(0, 40).Select(i => (i, Value: store.TryRead(Kind, KeyOf(i), TextCodec.Instance))).Where(x => x.Value is not null).ToList();

        Assert.All(hits, x => Assert.Equal(ValueOf(x.i), x.Value));
        Assert.True(hits.Count < 40, "a damaged pack loses at least one entry");
        if (damage == "flipped entry byte") Assert.Equal(39, hits.Count); // only the damaged entry is lost
        // The next commit writes a whole pack again.
        foreach (var i in Enumerable.Range(0, 40).Except(hits.Select(h => h.i))) store.Write(Kind, KeyOf(i), ValueOf(i), TextCodec.Instance);
        store.Commit(Kind);
        var healed = Open();
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(ValueOf(i), healed.TryRead(Kind, KeyOf(i), TextCodec.Instance)));
    }

    [Fact]
    public void A_store_keeps_reading_its_pack_while_another_replaces_it()
    {
        Fill(Open(), Enumerable.Range(0, 30));
        var reader = Open();
        Assert.Equal(ValueOf(0), reader.TryRead(Kind, KeyOf(0), TextCodec.Instance)); // opens the pack

        var writer = Open();
        writer.Write(Kind, KeyOf(100), ValueOf(100), TextCodec.Instance);
        writer.Commit(Kind); // the new pack holds only item 100

        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal(ValueOf(i), reader.TryRead(Kind, KeyOf(i), TextCodec.Instance)));
        reader.Commit(Kind); // it used its whole pack and made nothing: the other build's pack stays
        var after = Open();
        Assert.Equal(1, after.CountOnDisk(Kind));
        Assert.Equal(ValueOf(100), after.TryRead(Kind, KeyOf(100), TextCodec.Instance));
    }

    [Fact]
    public void Stores_of_builds_running_at_once_on_one_folder_never_give_a_wrong_value()
    {
        Fill(Open(), Enumerable.Range(0, 200));
        var wrong = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, build =>
        {
            for (var round = 0; round < 5; round++)
            {
                var store = Open();
                foreach (var i in Enumerable.Range(build * 20 + round, 120))
                {
                    var value = store.TryRead(Kind, KeyOf(i), TextCodec.Instance);
                    if (value is null) store.Write(Kind, KeyOf(i), ValueOf(i), TextCodec.Instance);
                    else if (value != ValueOf(i)) Interlocked.Increment(ref wrong);
                }
                store.Commit(Kind);
            }
        });

        Assert.Equal(0, wrong);
        var last = Open();
        Assert.Equal(120, last.CountOnDisk(Kind)); // one build's whole pack
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(last.PathOf(Kind))!, "*.tmp"));
    }

    [Fact]
    public void A_pack_half_written_by_a_crashed_build_is_removed_once_it_is_old()
    {
        var folder = Path.GetDirectoryName(Open().PathOf(Kind))!;
        var old = Path.Combine(folder, "articles.pack.123-abc.tmp");
        var recent = Path.Combine(folder, "events.pack.456-def.tmp");
        File.WriteAllText(old, "half");
        File.WriteAllText(recent, "being written");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));

        Open();

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent), "another build may still be writing it");
    }

    [Fact]
    public void A_pack_that_cannot_be_written_costs_the_next_build_misses_and_this_one_nothing()
    {
        // A folder where the pack should be: it can be neither read nor replaced (as a read-only folder, even for root).
        Directory.CreateDirectory(Open().PathOf(Kind));
        var store = Open();
        Assert.Null(store.TryRead(Kind, KeyOf(1), TextCodec.Instance));
        store.Write(Kind, KeyOf(1), ValueOf(1), TextCodec.Instance);
        store.Commit(Kind);

        Assert.Null(Open().TryRead(Kind, KeyOf(1), TextCodec.Instance));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(store.PathOf(Kind))!, "*.tmp"));
    }

    public void Dispose() => _temp.Dispose();

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x5A;
        return copy;
    }

    private sealed class TextCodec : ICacheCodec<string>
    {
        public static TextCodec Instance { get; } = new();

        public void Write(EntryWriter writer, string value) => writer.WriteString(value);

        public string Read(EntryReader reader) => reader.ReadString();
    }
}
