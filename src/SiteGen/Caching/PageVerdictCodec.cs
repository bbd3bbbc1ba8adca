using SiteGen.Verification;

namespace SiteGen.Caching;

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
        w.WriteInt(value.Links.Count);
        w.WriteBytes(PackedLinks.Encode(value.Links));
    }

    public PageVerdict Read(EntryReader r) =>
        new(r.ReadList(static r => new VerdictFinding(r.ReadString(), r.ReadInt(), r.ReadInt(), r.ReadString(), r.ReadNullableString())),
            r.ReadList(static r => r.ReadString()),
            ReadLinks(r));

    private static PackedLinks ReadLinks(EntryReader r)
    {
        var count = r.ReadInt();
        return count >= 0 ? PackedLinks.Of(r.ReadBytes(), count) : throw new InvalidDataException("A negative number of links.");
    }
}
