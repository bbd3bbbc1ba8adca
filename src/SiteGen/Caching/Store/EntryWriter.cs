using System.Buffers;
using System.Text;

namespace SiteGen.Caching.Store;

/// <summary>
/// Writes one cache entry in the binary form <see cref="EntryReader"/> reads: integers as variable-length numbers
/// (zigzag, so -1 takes one byte), booleans as a byte, and every distinct string once per entry, later occurrences
/// as a reference to the first. An article's events repeat its id, actor ids and key words many times over; the table
/// stores each once, and the reader makes one string object of each instead of one per occurrence.
/// </summary>
public sealed class EntryWriter
{
    // String tags: 0 is null, 1 a reference (the index follows), 2 a string that is not valid UTF-16 (a lone surrogate,
    // which UTF-8 cannot hold: its UTF-16 code units follow), n >= 3 a new string of n - 3 UTF-8 bytes.
    internal const int NullTag = 0, ReferenceTag = 1, Utf16Tag = 2, FirstLengthTag = 3;

    private readonly ArrayBufferWriter<byte> _buffer = new(2048);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    public void WriteInt(int value) => WriteVarint((uint)((value << 1) ^ (value >> 31)));

    /// <summary>A span of the article's text (paragraph, sentence, date expression): its start, then its length, both small numbers.</summary>
    public void WriteRange(int start, int end)
    {
        WriteInt(start);
        WriteInt(end - start);
    }

    public void WriteBool(bool value) => WriteVarint(value ? 1u : 0u);

    public void WriteEnum<T>(T value) where T : struct, Enum => WriteInt(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteVarint(NullTag);
            return;
        }
        if (_strings.TryGetValue(value, out var index))
        {
            WriteVarint(ReferenceTag);
            WriteVarint((uint)index);
            return;
        }
        _strings[value] = _strings.Count;
        if (!IsWellFormed(value))
        {
            // Rare (a span cut between the halves of an emoji), but UTF-8 would turn it into U+FFFD: a wrong result.
            WriteVarint(Utf16Tag);
            WriteVarint((uint)value.Length);
            foreach (var c in value) WriteVarint(c);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarint((uint)length + FirstLengthTag);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    /// <summary>Whether UTF-8 holds <paramref name="value"/> exactly: every surrogate is half of a pair.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i])) continue;
            if (!char.IsHighSurrogate(value[i]) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
            i++;
        }
        return true;
    }

    /// <summary>Several strings in a row (fields of a record), each as <see cref="WriteString"/> writes it.</summary>
    public void WriteStrings(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values) WriteString(value);
    }

    /// <summary>
    /// A string that is usually the span <paramref name="start"/>..<paramref name="end"/> of the article's text, which
    /// the reader has anyway: then only a flag is stored (an event's sentence is most of an events entry otherwise).
    /// </summary>
    public void WriteSpanText(string value, string text, int start, int end)
    {
        var isSpan = start >= 0 && start <= end && end <= text.Length && text.AsSpan(start, end - start).SequenceEqual(value);
        WriteBool(isSpan);
        if (!isSpan) WriteString(value);
    }

    /// <summary>Bytes as they are, after their length.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        WriteVarint((uint)bytes.Length);
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    public void WriteList<T>(IReadOnlyList<T> items, Action<EntryWriter, T> write)
    {
        WriteVarint((uint)items.Count);
        foreach (var item in items) write(this, item);
    }

    /// <summary>A value that may be absent: a flag, then the value when there is one.</summary>
    public void WriteOptional<T>(T? value, Action<EntryWriter, T> write) where T : class
    {
        WriteBool(value is not null);
        if (value is not null) write(this, value);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void WriteVarint(uint value)
    {
        var span = _buffer.GetSpan(5);
        var i = 0;
        for (; value >= 0x80; value >>= 7) span[i++] = (byte)(value | 0x80);
        span[i++] = (byte)value;
        _buffer.Advance(i);
    }
}
