using SiteGen.Caching.Store;

namespace SiteGen.Caching.ByContent;

/// <summary>A <see cref="CachedBody"/> in the cache's binary form.</summary>
public sealed class CachedBodyCodec : ICacheCodec<CachedBody>
{
    public static CachedBodyCodec Instance { get; } = new();

    public void Write(EntryWriter w, CachedBody value)
    {
        w.WriteString(value.Digest);
        w.WriteList(value.Anchors, static (w, anchor) => w.WriteString(anchor));
        w.WriteString(value.Description);
        w.WriteList(value.Diagnostics, LoadedArticleCodec.WriteDiagnostic);
    }

    public CachedBody Read(EntryReader r) =>
        new(r.ReadString(), r.ReadList(static r => r.ReadString()), r.ReadString(), r.ReadList(LoadedArticleCodec.ReadDiagnostic));
}
