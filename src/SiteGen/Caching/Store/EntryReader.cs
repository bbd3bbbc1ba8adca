using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Caching.Store;

/// <summary>
/// Reads an entry <see cref="EntryWriter"/> wrote. Every read is checked against the entry's end, and a count or a
/// reference that cannot be right throws <see cref="InvalidDataException"/>: the store turns that into a miss, so a
/// damaged entry never yields a wrong result or an error. (Entries are also checksummed; this is the second line.)
/// </summary>
public sealed class EntryReader(byte[] buffer, int length, StringPool? pool = null) : IDisposable
{
    // The string table is the reader's only scratch memory: one per thread, reused entry after entry.
    [ThreadStatic] private static List<string>? s_spare;

    private List<string> _strings = TakeTable();
    private int _position;

    public bool AtEnd => _position == length;

    public int ReadInt()
    {
        var raw = ReadVarint();
        return (int)(raw >> 1) ^ -(int)(raw & 1);
    }

    public (int Start, int End) ReadRange()
    {
        var start = ReadInt();
        return (start, start + ReadInt());
    }

    public bool ReadBool() => ReadVarint() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("A flag is neither 0 nor 1."),
    };

    public T ReadEnum<T>() where T : struct, Enum
    {
        var value = ReadInt();
        var result = Unsafe.As<int, T>(ref value);
        return Unsafe.SizeOf<T>() == sizeof(int) && Enum.IsDefined(result) ? result : throw new InvalidDataException($"No {typeof(T).Name} {value}.");
    }

    public string? ReadNullableString() => ReadNullableString(shared: false);

    public string ReadString() => ReadNullableString(shared: false) ?? throw new InvalidDataException("A required string is missing.");

    /// <summary>A string that recurs across entries (an id, a URL, a word): taken from the kind's <see cref="StringPool"/>.</summary>
    public string? ReadNullableSharedString() => ReadNullableString(shared: true);

    /// <inheritdoc cref="ReadNullableSharedString"/>
    public string ReadSharedString() => ReadNullableString(shared: true) ?? throw new InvalidDataException("A required string is missing.");

    private string? ReadNullableString(bool shared)
    {
        var tag = ReadVarint();
        if (tag == EntryWriter.NullTag) return null;
        if (tag == EntryWriter.ReferenceTag)
        {
            var index = ReadVarint();
            return index < (uint)_strings.Count ? _strings[(int)index] : throw new InvalidDataException("A string reference points past the table.");
        }
        if (tag == EntryWriter.Utf16Tag) return Remember(ReadUtf16());
        var bytes = tag - EntryWriter.FirstLengthTag;
        if (bytes > (uint)(length - _position)) throw new InvalidDataException("A string runs past the entry.");
        var utf8 = buffer.AsSpan(_position, (int)bytes);
        var value = shared && pool is not null ? pool.Get(utf8) : Encoding.UTF8.GetString(utf8);
        _position += (int)bytes;
        return Remember(value);
    }

    private string Remember(string value)
    {
        _strings.Add(value);
        return value;
    }

    private string ReadUtf16()
    {
        var count = ReadVarint();
        if (count > (uint)(length - _position)) throw new InvalidDataException("A string runs past the entry.");
        return string.Create((int)count, this, static (chars, reader) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = reader.ReadVarint() is var c && c <= char.MaxValue ? (char)c : throw new InvalidDataException("A UTF-16 code unit is too large.");
        });
    }

    /// <summary>Reads what <see cref="EntryWriter.WriteSpanText"/> wrote, taking the span from <paramref name="text"/> when it was one.</summary>
    public string ReadSpanText(string text, int start, int end) =>
        !ReadBool() ? ReadString()
        : start >= 0 && start <= end && end <= text.Length ? text[start..end]
        : throw new InvalidDataException("A text span lies outside the text.");

    /// <summary>Bytes <see cref="EntryWriter.WriteBytes"/> wrote, as a view of the entry (copy what must outlive it).</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var count = ReadVarint();
        if (count > (uint)(length - _position)) throw new InvalidDataException("Bytes run past the entry.");
        var bytes = buffer.AsSpan(_position, (int)count);
        _position += (int)count;
        return bytes;
    }

    public T[] ReadList<T>(Func<EntryReader, T> read)
    {
        var count = ReadVarint();
        // Every item takes at least a byte: a larger count is damage, and must not allocate a huge array.
        if (count > (uint)(length - _position)) throw new InvalidDataException("A list is longer than the entry.");
        if (count == 0) return []; // one shared empty array: most events name no actor
        var items = new T[count];
        for (var i = 0; i < items.Length; i++) items[i] = read(this);
        return items;
    }

    public T? ReadOptional<T>(Func<EntryReader, T> read) where T : class => ReadBool() ? read(this) : null;

    private static List<string> TakeTable()
    {
        var table = s_spare ?? new List<string>(64);
        s_spare = null;
        return table;
    }

    public void Dispose()
    {
        _strings.Clear();
        s_spare = _strings;
        _strings = null!; // a disposed reader reads nothing more
    }

    private uint ReadVarint()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= length) throw new InvalidDataException("The entry ends inside a number.");
            var b = buffer[_position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("A number is longer than five bytes.");
    }
}
