namespace SiteGen.Caching.Store;

/// <summary>
/// How one kind of cache entry is written and read back. A codec writes every field of its records, in a fixed order;
/// a field added to a cached record must be added here too (CacheCodecTests fail until it is), and a change of the
/// order or the meaning of the bytes bumps <see cref="PackFile.FormatVersion"/>.
/// </summary>
public interface ICacheCodec<T>
{
    void Write(EntryWriter writer, T value);

    T Read(EntryReader reader);
}
