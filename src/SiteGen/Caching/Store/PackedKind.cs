using System.Buffers;
using System.Collections.Concurrent;

namespace SiteGen.Caching.Store;

/// <summary>
/// One kind of entry (<c>articles</c>, <c>events</c>, <c>pages</c>) during one stage of a build: the pack the last
/// build left (opened on first use), which of its entries this stage used, and the entries it made. <see cref="Commit"/>
/// writes exactly those as the new pack, so the pack holds what the last build needed and never grows with history:
/// an edited article's old entry, or a deleted article's, is dropped by the next build.
/// </summary>
internal sealed class PackedKind(string path)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<UInt128, byte[]> _fresh = new();
    private PackFile? _pack;
    private bool[] _used = [];
    private StringPool _pool = new();
    private volatile bool _opened;

    private PackFile? Pack
    {
        get
        {
            if (_opened) return _pack;
            lock (_gate)
            {
                if (_opened) return _pack;
                _pack = PackFile.TryOpen(path);
                _used = new bool[_pack?.Count ?? 0];
                _opened = true;
                return _pack;
            }
        }
    }

    public T? TryRead<T>(UInt128 key, ICacheCodec<T> codec) where T : class
    {
        if (_fresh.TryGetValue(key, out var made)) return Decode(codec, made, made.Length, _pool);
        var pack = Pack;
        var index = pack?.IndexOf(key) ?? -1;
        if (index < 0) return null;
        var length = pack![index].Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var value = pack.TryRead(index, buffer.AsSpan(0, length)) ? Decode(codec, buffer, length, _pool) : null;
            // Only an entry that decoded is kept; a damaged one is dropped and, once made again, replaced.
            if (value is not null) _used[index] = true;
            return value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Keeps the pack's entry under <paramref name="key"/> without reading it (`serve` had the result in memory).</summary>
    public void Keep(UInt128 key)
    {
        var pack = Pack;
        var index = pack?.IndexOf(key) ?? -1;
        if (index >= 0) _used[index] = true;
    }

    public void Add(UInt128 key, byte[] entry) => _fresh[key] = entry;

    /// <summary>The number of entries the pack on disk holds now (for tests and measurements).</summary>
    public int CountOnDisk()
    {
        using var pack = PackFile.TryOpen(path);
        return pack?.Count ?? 0;
    }

    /// <summary>
    /// Writes the entries this stage used and made as the kind's new pack (unless that is what the pack already holds)
    /// and starts over: the next read opens the new pack.
    /// </summary>
    public void Commit()
    {
        lock (_gate)
        {
            var pack = Pack;
            var kept = Enumerable.Range(0, pack?.Count ?? 0).Where(i => _used[i] && !_fresh.ContainsKey(pack![i].Key)).ToList();
            if (!_fresh.IsEmpty || kept.Count != (pack?.Count ?? 0))
                PackWriter.Write(path, pack, kept, _fresh);
            pack?.Dispose();
            _pack = null;
            _used = [];
            _fresh.Clear();
            _pool = new StringPool(); // what this stage read stays alive only as long as the stage's results
            _opened = false;
        }
    }

    private static T? Decode<T>(ICacheCodec<T> codec, byte[] bytes, int length, StringPool pool) where T : class
    {
        try
        {
            using var reader = new EntryReader(bytes, length, pool);
            var value = codec.Read(reader);
            return reader.AtEnd ? value : null;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
