using System.Collections;
using System.Text;
using SiteGen.Caching.Store;
using SiteGen.Verification.Model;

namespace SiteGen.Caching.ByContent;

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
    /// Each link: the index of the earlier URL it shares the longest start with (-1: none), the shared length, the rest
    /// in UTF-8, line, column. Only for URLs that UTF-8 holds exactly (<see cref="EntryWriter.IsWellFormed"/>).
    /// </summary>
    public static byte[] Encode(IReadOnlyList<PageLink> links)
    {
        var (below, above) = EarlierNeighbours(links);
        var writer = new EntryWriter();
        for (var i = 0; i < links.Count; i++)
        {
            var url = links[i].Url;
            var (reference, shared) = (-1, 0);
            for (var side = 0; side < 2; side++)
            {
                var j = side == 0 ? below[i] : above[i];
                if (j < 0) continue;
                var common = url.AsSpan().CommonPrefixLength(links[j].Url);
                if (common > shared || (common == shared && common > 0 && j < reference)) (reference, shared) = (j, common);
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

    /// <summary>
    /// For each link, the earlier links whose URLs come just before and just after its own in ordinal order (-1: none).
    /// Of all earlier URLs, one of these two shares the longest start with it (in sorted order the shared start of two
    /// URLs is the shortest between any neighbours in between), so the encoder compares two URLs instead of every
    /// earlier one: a timeline page of a 100,000-article site has tens of thousands of links, and comparing each with
    /// all before it took most of a cold build. The nearest earlier link on each side of a link in sorted order is the
    /// nearest smaller index on each side: one pass with a stack each way.
    /// </summary>
    private static (int[] Below, int[] Above) EarlierNeighbours(IReadOnlyList<PageLink> links)
    {
        var count = links.Count;
        var sorted = new int[count];
        for (var i = 0; i < count; i++) sorted[i] = i;
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(links[a].Url, links[b].Url) is var c && c != 0 ? c : a.CompareTo(b));
        var below = new int[count];
        var above = new int[count];
        var stack = new Stack<int>();
        foreach (var i in sorted)
        {
            while (stack.Count > 0 && stack.Peek() > i) stack.Pop();
            below[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        stack.Clear();
        for (var p = count - 1; p >= 0; p--)
        {
            var i = sorted[p];
            while (stack.Count > 0 && stack.Peek() > i) stack.Pop();
            above[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        return (below, above);
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
