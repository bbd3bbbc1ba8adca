using System.Buffers.Binary;
using System.Numerics;

namespace SiteGen.Caching.Store;

/// <summary>
/// CRC-32C, which the processor computes eight bytes at a time (SSE 4.2, ARMv8): checking every entry a rebuild reads
/// costs a few milliseconds at 10,000 articles, and a damaged byte (a disk fault, a hand edit) turns the entry into a miss.
/// </summary>
internal static class PackChecksum
{
    public static uint Of(ReadOnlySpan<byte> data) => ~Append(~0u, data);

    /// <summary>Continues a running CRC (start from <c>~0u</c>, finish with <c>~</c>) over more bytes.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }
        foreach (var b in data) crc = BitOperations.Crc32C(crc, b);
        return crc;
    }
}
