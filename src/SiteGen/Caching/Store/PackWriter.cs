using System.Buffers;
using System.Buffers.Binary;

namespace SiteGen.Caching.Store;

/// <summary>
/// Writes a <see cref="PackFile"/>: the entries a build kept from the old pack (copied as they are, checksums included)
/// and the ones it made, in key order. The pack is written to a new file beside the old one and renamed over it
/// only when whole, so a reader sees the old pack or the new one, never a mix; two builds at once each rename a whole
/// pack of their own, and the last one stays. Nothing is synced to disk: a pack torn by a power cut fails its
/// checksums and reads as misses.
/// </summary>
internal static class PackWriter
{
    private const int CopyChunk = 1 << 20;

    /// <summary>Writes the pack; false when it could not be written (the old one, if any, stays).</summary>
    public static bool Write(string path, PackFile? old, IEnumerable<int> kept, IEnumerable<KeyValuePair<UInt128, byte[]>> fresh)
    {
        var entries = kept.Select(i => (Slot: old![i], Bytes: (byte[]?)null))
            .Concat(fresh.Select(f => (Slot: new PackSlot(f.Key, 0, f.Value.Length, PackChecksum.Of(f.Value)), Bytes: (byte[]?)f.Value)))
            .OrderBy(e => e.Slot.Key)
            .ToList();
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            var whole = true;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyChunk))
            {
                stream.Write(Index(entries.Select(e => e.Slot).ToList()));
                for (var i = 0; i < entries.Count && whole; i++)
                {
                    if (entries[i].Bytes is { } bytes) stream.Write(bytes);
                    else whole = CopyRun(stream, old!, entries, ref i);
                }
            }
            if (!whole) return Abandon(temporary);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Abandon(temporary);
        }
    }

    // The header and index, with each slot's offset in the new file (entries follow the index in order).
    private static byte[] Index(IReadOnlyList<PackSlot> slots)
    {
        var bytes = new byte[PackFile.HeaderSize + slots.Count * PackFile.SlotSize];
        PackFile.Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), PackFile.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), slots.Count);
        long offset = bytes.Length;
        for (var i = 0; i < slots.Count; i++)
        {
            var s = bytes.AsSpan(PackFile.HeaderSize + i * PackFile.SlotSize, PackFile.SlotSize);
            BinaryPrimitives.WriteUInt128LittleEndian(s, slots[i].Key);
            BinaryPrimitives.WriteInt64LittleEndian(s[16..], offset);
            BinaryPrimitives.WriteInt32LittleEndian(s[24..], slots[i].Length);
            BinaryPrimitives.WriteUInt32LittleEndian(s[28..], slots[i].Checksum);
            offset += slots[i].Length;
        }
        var crc = PackChecksum.Append(PackChecksum.Append(~0u, bytes.AsSpan(0, 16)), bytes.AsSpan(PackFile.HeaderSize));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), ~crc);
        return bytes;
    }

    // Kept entries that lay back to back in the old pack are copied with one read per chunk, not one per entry:
    // in a one-edit rebuild that is nearly the whole pack. Leaves i at the run's last entry.
    private static bool CopyRun(Stream stream, PackFile old, List<(PackSlot Slot, byte[]? Bytes)> entries, ref int i)
    {
        var start = entries[i].Slot.Offset;
        var end = start + entries[i].Slot.Length;
        while (i + 1 < entries.Count && entries[i + 1].Bytes is null && entries[i + 1].Slot.Offset == end)
            end += entries[++i].Slot.Length;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(CopyChunk, Math.Max(1, end - start)));
        try
        {
            for (var at = start; at < end;)
            {
                var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at));
                if (!old.TryReadRaw(at, chunk)) return false;
                stream.Write(chunk);
                at += chunk.Length;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Abandon(string temporary)
    {
        try { File.Delete(temporary); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }
}
