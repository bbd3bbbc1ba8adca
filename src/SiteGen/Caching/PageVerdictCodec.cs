using SiteGen.Verification;

namespace SiteGen.Caching;

/// <summary>A <see cref="PageVerdict"/> in the cache's binary form; a page's links repeat few URLs, which the string table keeps once.</summary>
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
        w.WriteList(value.Links, static (w, l) =>
        {
            w.WriteString(l.Url);
            w.WriteInt(l.Line);
            w.WriteInt(l.Column);
        });
    }

    public PageVerdict Read(EntryReader r) =>
        new(r.ReadList(static r => new VerdictFinding(r.ReadString(), r.ReadInt(), r.ReadInt(), r.ReadString(), r.ReadNullableString())),
            r.ReadList(static r => r.ReadString()),
            r.ReadList(static r => new PageLink(r.ReadString(), r.ReadInt(), r.ReadInt())));
}
