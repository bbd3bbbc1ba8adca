using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Caching.Store;

/// <summary>
/// One kind's cache entries in a single file, as the last build that used the kind wrote it. Only the index is read
/// when the pack is opened; each entry is then read where it lies (one positioned read, no seek, so threads share
/// the handle) and checked against its checksum. A pack that is not whole (truncated, damaged, of another format) opens
/// as no pack at all: every entry is a miss, never an error.
/// <para>
/// Layout, little-endian: the magic <c>SGPACK\0\0</c>, the int32 <see cref="FormatVersion"/>, the int32 entry count,
/// the CRC-32C of these 16 bytes and the index; then the index, one <see cref="SlotSize"/>-byte slot per entry
/// (128-bit key, int64 offset, int32 length, CRC-32C of the entry's bytes) in ascending key order; then the entries.
/// </para>
/// </summary>
internal sealed class PackFile : IDisposable
{
    /// <summary>Bumped whenever this layout or the bytes of any <see cref="ICacheCodec{T}"/> change.</summary>
    public const int FormatVersion = 7;

    public const int HeaderSize = 20, SlotSize = 32;

    public static ReadOnlySpan<byte> Magic => "SGPACK\0\0"u8;

    private readonly SafeFileHandle _handle;
    private readonly PackSlot[] _slots;
    private readonly UInt128[] _keys;

    private PackFile(SafeFileHandle handle, PackSlot[] slots)
    {
        _handle = handle;
        _slots = slots;
        _keys = [.. slots.Select(s => s.Key)];
    }

    public int Count => _slots.Length;

    public PackSlot this[int index] => _slots[index];

    /// <summary>The pack at <paramref name="path"/>, or null when there is none or it is not whole.</summary>
    public static PackFile? TryOpen(string path)
    {
        SafeFileHandle? handle = null;
        try
        {
            // Delete sharing: another build may rename its new pack over this one while this build still reads it.
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var slots = ReadIndex(handle);
            if (slots is null) return null;
            var pack = new PackFile(handle, slots);
            handle = null;
            return pack;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            handle?.Dispose();
        }
    }

    /// <summary>The index of the entry under <paramref name="key"/>, or -1.</summary>
    public int IndexOf(UInt128 key)
    {
        var at = Array.BinarySearch(_keys, key);
        return at >= 0 ? at : -1;
    }

    /// <summary>Reads entry <paramref name="index"/> into <paramref name="destination"/> (its length); false when it cannot be read whole or its checksum is wrong.</summary>
    public bool TryRead(int index, Span<byte> destination)
    {
        var slot = _slots[index];
        return TryReadRaw(slot.Offset, destination) && PackChecksum.Of(destination) == slot.Checksum;
    }

    /// <summary>Reads bytes of the file as they are (the writer copies kept entries with their checksums).</summary>
    public bool TryReadRaw(long offset, Span<byte> destination)
    {
        try
        {
            return ReadExactly(_handle, destination, offset);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose() => _handle.Dispose();

    private static PackSlot[]? ReadIndex(SafeFileHandle handle)
    {
        var fileLength = RandomAccess.GetLength(handle);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (!ReadExactly(handle, header, 0) || !header[..8].SequenceEqual(Magic)) return null;
        if (BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != FormatVersion) return null;
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var dataStart = HeaderSize + (long)count * SlotSize;
        if (count < 0 || count > (int.MaxValue - HeaderSize) / SlotSize || dataStart > fileLength) return null;
        var index = new byte[count * SlotSize];
        if (!ReadExactly(handle, index, HeaderSize)) return null;
        if (~PackChecksum.Append(PackChecksum.Append(~0u, header[..16]), index) != BinaryPrimitives.ReadUInt32LittleEndian(header[16..])) return null;

        var slots = new PackSlot[count];
        for (var i = 0; i < count; i++)
        {
            var s = index.AsSpan(i * SlotSize, SlotSize);
            var slot = new PackSlot(BinaryPrimitives.ReadUInt128LittleEndian(s), BinaryPrimitives.ReadInt64LittleEndian(s[16..]),
                BinaryPrimitives.ReadInt32LittleEndian(s[24..]), BinaryPrimitives.ReadUInt32LittleEndian(s[28..]));
            // Keys strictly ascending (binary search relies on it), every entry inside the data part of the file.
            if (i > 0 && slot.Key <= slots[i - 1].Key) return null;
            if (slot.Length < 0 || slot.Offset < dataStart || slot.Offset + slot.Length > fileLength) return null;
            slots[i] = slot;
        }
        return slots;
    }

    private static bool ReadExactly(SafeFileHandle handle, Span<byte> destination, long offset)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(handle, destination, offset);
            if (read <= 0) return false;
            destination = destination[read..];
            offset += read;
        }
        return true;
    }
}
