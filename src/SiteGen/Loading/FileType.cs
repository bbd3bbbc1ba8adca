using System.Runtime.InteropServices;

namespace SiteGen.Loading;

/// <summary>
/// The kind of file a path names (following links), found without opening it: opening a named pipe blocks until
/// something writes to it, and a device or socket is no article either. .NET reports every non-directory as a file,
/// so on Linux this asks the kernel (<c>statx</c>, whose layout is the same on every architecture). Elsewhere, or
/// when that call is missing, a non-empty file is taken as regular and an empty one is never opened anyway: pipes,
/// sockets and devices report a size of 0, so the loader's "empty" rule keeps them shut.
/// </summary>
public static partial class FileType
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int TypeMask = 0xF000;

    private static bool _statxMissing = !OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (!_statxMissing)
        {
            try
            {
                var buffer = new byte[256];
                if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
                return (BitConverter.ToUInt16(buffer, 28) & TypeMask) switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Directory,
                    0x1000 => FileKind.Fifo,
                    0xC000 => FileKind.Socket,
                    0x2000 => FileKind.CharacterDevice,
                    0x6000 => FileKind.BlockDevice,
                    _ => FileKind.Missing,
                };
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxMissing = true;
            }
        }
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a kind is named in a diagnostic.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
