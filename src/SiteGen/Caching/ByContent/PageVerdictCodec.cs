using SiteGen.Caching.Store;
using SiteGen.Verification.Model;

namespace SiteGen.Caching.ByContent;

/// <summary>A <see cref="PageVerdict"/> in the cache's binary form; its links stay packed (<see cref="PackedLinks"/>) until they are used.</summary>
public sealed class PageVerdictCodec : ICacheCodec<PageVerdict>
{
    public static PageVerdictCodec Instance { get; } = new();

    public void Write(EntryWriter w, PageVerdict value)
    {
        w.WriteList(value.Findings, static (w, f) =>
        {
            w.WriteString(f.Code);
            w.WriteInt(f.Line);
            w.WriteInt(f.Column);
            w.WriteString(f.Message);
            w.WriteString(f.Fix);
        });
        w.WriteList(value.Ids, static (w, id) => w.WriteString(id));
        // Links kept packed unless a URL holds a lone surrogate (hostile markup), which packing in UTF-8 would change.
        var packed = value.Links.All(l => EntryWriter.IsWellFormed(l.Url));
        w.WriteBool(packed);
        if (packed)
        {
            w.WriteInt(value.Links.Count);
            w.WriteBytes(PackedLinks.Encode(value.Links));
        }
        else w.WriteList(value.Links, static (w, l) =>
        {
            w.WriteString(l.Url);
            w.WriteInt(l.Line);
            w.WriteInt(l.Column);
        });
    }

    public PageVerdict Read(EntryReader r) =>
        new(r.ReadList(static r => new VerdictFinding(r.ReadString(), r.ReadInt(), r.ReadInt(), r.ReadString(), r.ReadNullableString())),
            r.ReadList(static r => r.ReadString()),
            ReadLinks(r));

    private static IReadOnlyList<PageLink> ReadLinks(EntryReader r)
    {
        if (!r.ReadBool()) return r.ReadList(static r => new PageLink(r.ReadString(), r.ReadInt(), r.ReadInt()));
        var count = r.ReadInt();
        return count >= 0 ? PackedLinks.Of(r.ReadBytes(), count) : throw new InvalidDataException("A negative number of links.");
    }
}
