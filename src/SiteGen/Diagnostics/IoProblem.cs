namespace SiteGen.Diagnostics;

/// <summary>
/// The real cause of an I/O failure in a few words, and a fix that fits it: a full disk, a read-only file system and a
/// missing permission need different actions, and .NET's messages name none of them alike on every platform.
/// </summary>
public static class IoProblem
{
    // errno values .NET passes through as the HResult of an IOException on Unix; Windows' disk-full codes as HRESULTs.
    private const int NoSpace = 28, ReadOnlyFileSystem = 30, QuotaExceeded = 122;
    private const int DiskFull = unchecked((int)0x80070070), HandleDiskFull = unchecked((int)0x80070027);

    public static bool IsDiskFull(Exception e) => e is IOException { HResult: NoSpace or QuotaExceeded or DiskFull or HandleDiskFull };

    public static bool IsReadOnly(Exception e) => e is IOException { HResult: ReadOnlyFileSystem };

    public static string Cause(Exception e) => e switch
    {
        _ when IsDiskFull(e) => "no space left on the device",
        _ when IsReadOnly(e) => "the file system is read-only",
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder on the way does not exist",
        FileNotFoundException => "it does not exist",
        PathTooLongException => "the path is too long",
        _ => ControlText.Escape(e.Message.TrimEnd('.', ' ')),
    };

    /// <summary>What to do when writing the output failed for <paramref name="e"/>.</summary>
    public static string WriteFix(Exception e) => e switch
    {
        _ when IsDiskFull(e) => "Free space on that disk (the new site is written beside the old one before the swap), then build again.",
        _ when IsReadOnly(e) => "Pass an --output folder on a writable file system.",
        UnauthorizedAccessException => "Give the user running the build write permission on the output folder and the folder that holds it, or pass another --output.",
        _ => "Pass an --output folder whose parent folders exist as folders and are writable.",
    };

    /// <summary>The innermost I/O failure of an exception thrown by parallel work (which wraps what its workers threw).</summary>
    public static Exception? Unwrap(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Unwrap).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
