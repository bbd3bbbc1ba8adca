namespace SiteGen.Caching.Store;

/// <summary>Where one entry of a pack lies: its key, the offset and length of its bytes in the file, and their CRC-32C.</summary>
internal readonly record struct PackSlot(UInt128 Key, long Offset, int Length, uint Checksum);
