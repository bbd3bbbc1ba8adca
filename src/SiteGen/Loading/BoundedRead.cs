using Microsoft.Win32.SafeHandles;

namespace SiteGen.Loading;

/// <summary>
/// Reads a file's bytes, never more than a limit plus one: a file that grew past the limit after its size was checked
/// comes back one byte too long (so the caller can say it is too large) instead of filling memory.
/// </summary>
public static class BoundedRead
{
    public static byte[] AllBytes(string path, int limit)
    {
        using var handle = File.OpenHandle(path);
        // One byte more than the file's length: a read that fills it means the file grew since.
        var buffer = new byte[(int)Math.Min(RandomAccess.GetLength(handle), limit) + 1];
        return buffer[..Into(handle, buffer)];
    }

    /// <summary>Fills <paramref name="buffer"/> from the start of the file; returns how many bytes were read.</summary>
    public static int Into(SafeFileHandle handle, Span<byte> buffer)
    {
        var length = 0;
        for (int read; length < buffer.Length && (read = RandomAccess.Read(handle, buffer[length..], length)) > 0;) length += read;
        return length;
    }
}
