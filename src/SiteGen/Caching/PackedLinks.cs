using System.Collections;
using System.Text;
using SiteGen.Verification;

namespace SiteGen.Caching;

/// <summary>
/// The links of a page as its cached verdict holds them until the whole-site checks have run: one byte array, each URL
/// stored as the part it shares with an earlier URL of the page plus what follows (<c>/repo/artikelen/x/#z-104</c>
/// after <c>/repo/artikelen/x/</c> is 6 bytes), and made into <see cref="PageLink"/>s each time the links are
/// enumerated. At 10,000 articles a rebuild keeps 870,000 links: as objects 150 MB of memory that the process must
/// touch for the first time (most of what reading the verdicts cost), as packed bytes about 15 MB; the links the
/// checks make while they run are short-lived and cost little. The bytes are checked when the verdict is read, so
/// enumerating them cannot fail.
/// </summary>
public sealed class PackedLinks : IReadOnlyList<PageLink>
{
    // A shorter shared part is not worth a reference.
    private const int MinShared = 4;

    private readonly byte[] _data;

    private PackedLinks(byte[] data, int count)
    {
        _data = data;
        Count = count;
    }

    public int Count { get; }

    public PageLink this[int index] => index >= 0 && index < Count ? this.ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Each link: the index of the earlier URL it shares a start with (-1: none), the shared length, the rest in UTF-8,
    /// line, column. Only for URLs that UTF-8 holds exactly (<see cref="EntryWriter.IsWellFormed"/>).
    /// </summary>
    public static byte[] Encode(IReadOnlyList<PageLink> links)
    {
        var writer = new EntryWriter();
        for (var i = 0; i < links.Count; i++)
        {
            var url = links[i].Url;
            var (reference, shared) = (-1, 0);
            for (var j = 0; j < i && shared < url.Length; j++)
            {
                var common = url.AsSpan().CommonPrefixLength(links[j].Url);
                if (common > shared) (reference, shared) = (j, common);
            }
            // Never between the halves of a surrogate pair: the rest must be whole characters to be UTF-8.
            if (shared > 0 && char.IsHighSurrogate(url[shared - 1])) shared--;
            if (shared < MinShared) (reference, shared) = (-1, 0);
            writer.WriteInt(reference);
            writer.WriteInt(shared);
            writer.WriteBytes(Encoding.UTF8.GetBytes(url, shared, url.Length - shared));
            writer.WriteInt(links[i].Line);
            writer.WriteInt(links[i].Column);
        }
        return writer.ToArray();
    }

    /// <summary>The links <see cref="Encode"/> made of <paramref name="count"/> links; throws <see cref="InvalidDataException"/> when the bytes are not such links.</summary>
    public static PackedLinks Of(ReadOnlySpan<byte> data, int count)
    {
        var links = new PackedLinks(data.ToArray(), count);
        var lengths = new int[count];
        using var reader = new EntryReader(links._data, links._data.Length);
        for (var i = 0; i < count; i++)
        {
            var (reference, shared) = (reader.ReadInt(), reader.ReadInt());
            if (reference < -1 || reference >= i || shared < 0 || shared > (reference < 0 ? 0 : lengths[reference]))
                throw new InvalidDataException("A link refers to a URL it cannot share a start with.");
            lengths[i] = shared + Encoding.UTF8.GetCharCount(reader.ReadBytes());
            reader.ReadInt();
            reader.ReadInt();
        }
        return reader.AtEnd ? links : throw new InvalidDataException("The links end before their bytes do.");
    }

    public IEnumerator<PageLink> GetEnumerator()
    {
        var urls = new string[Count];
        using var reader = new EntryReader(_data, _data.Length);
        for (var i = 0; i < Count; i++)
        {
            var (reference, shared) = (reader.ReadInt(), reader.ReadInt());
            var rest = reader.ReadBytes();
            urls[i] = reference < 0 ? Encoding.UTF8.GetString(rest)
                : rest.IsEmpty && shared == urls[reference].Length ? urls[reference]
                : string.Concat(urls[reference].AsSpan(0, shared), Encoding.UTF8.GetString(rest));
            yield return new PageLink(urls[i], reader.ReadInt(), reader.ReadInt());
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
