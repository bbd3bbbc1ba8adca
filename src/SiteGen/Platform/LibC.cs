using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Platform;

/// <summary>
/// The few C library calls .NET has no API for, on Linux: what kind of file a path names (<c>statx</c>, whose layout
/// is the same on every architecture), swapping two folders in one step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>)
/// and hard links (<c>link</c>). Every caller has a fallback for when a call is missing (another OS, an old C library)
/// or refused (a file system without the feature): each method says so by returning false.
/// </summary>
public static class LibC
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1, StatxIno = 0x100;
    private const uint RenameExchange = 2;

    private static bool Linux { get; } = OperatingSystem.IsLinux();

    /// <summary>The <c>S_IFMT</c> bits of what <paramref name="path"/> names, following links; false when not known.</summary>
    public static bool TryFileType(string path, out int type)
    {
        type = 0;
        var buffer = new byte[256];
        if (!Call(() => Statx(AtFdCwd, path, 0, StatxType, buffer) == 0)) return false;
        type = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return true;
    }

    /// <summary>Whether <paramref name="path"/> still names the file <paramref name="handle"/> has open (same device and inode).</summary>
    public static bool? IsSameFile(SafeFileHandle handle, string path)
    {
        byte[] open = new byte[256], named = new byte[256];
        var fd = (int)handle.DangerousGetHandle();
        if (!Call(() => Statx(fd, "", AtEmptyPath, StatxIno, open) == 0)) return null;
        if (!Call(() => Statx(AtFdCwd, path, 0x100 /* AT_SYMLINK_NOFOLLOW */, StatxIno, named) == 0)) return false;
        // stx_ino at 32, stx_dev_major and stx_dev_minor at 136 and 140.
        return open.AsSpan(32, 8).SequenceEqual(named.AsSpan(32, 8)) && open.AsSpan(136, 8).SequenceEqual(named.AsSpan(136, 8));
    }

    /// <summary>Swaps the folders (or files) <paramref name="a"/> and <paramref name="b"/> in one step; false when this system cannot.</summary>
    public static bool TryExchange(string a, string b) => Call(() => RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0);

    /// <summary>Makes <paramref name="link"/> a second name of <paramref name="existing"/>; false when it cannot (then copy).</summary>
    public static bool TryHardLink(string existing, string link) => Call(() => Link(existing, link) == 0);

    /// <summary>The error number of the last call that failed.</summary>
    public static int LastError => Marshal.GetLastPInvokeError();

    private static bool _missing;

    private static bool Call(Func<bool> call)
    {
        if (!Linux || _missing) return false;
        try
        {
            return call();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _missing = true;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int fromDirectory, string from, int toDirectory, string to, uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string link);
}
