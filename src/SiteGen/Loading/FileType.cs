using SiteGen.Platform;

namespace SiteGen.Loading;

/// <summary>
/// The kind of file a path names (following links), found without opening it: opening a named pipe blocks until
/// something writes to it, and a device or socket is no article either. .NET reports every non-directory as a file,
/// so on Linux this asks the kernel (<c>statx</c>, whose layout is the same on every architecture). Elsewhere, or
/// when that call is missing, a non-empty file is taken as regular and an empty one is never opened anyway: pipes,
/// sockets and devices report a size of 0, so the loader's "empty" rule keeps them shut.
/// </summary>
public static class FileType
{
    public static FileKind Of(string path)
    {
        if (!LibC.TryFileType(path, out var type))
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        return type switch
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
}
