using SiteGen.Platform;

namespace SiteGen.Output;

/// <summary>
/// Keeps two builds from writing one output folder at once: a lock file beside the output, held open exclusively for
/// the whole build (.NET takes an advisory <c>flock</c> on Unix, a sharing lock on Windows), so a second build finds
/// it taken and stops with a message instead of both swapping folders under each other. The file is removed when the
/// build ends; on Linux a build that took the lock checks the file is still the one at that path (a build ending
/// just then may have removed it), elsewhere the file is left in place and reused.
/// </summary>
public sealed class OutputLock : IDisposable
{
    // "would block" (Linux EAGAIN 11, macOS 35) and Windows' sharing and lock violations, as .NET reports them.
    private static readonly int[] Busy = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    private readonly FileStream _stream;
    private readonly string _path;
    private readonly bool _removable;

    private OutputLock(FileStream stream, string path, bool removable) => (_stream, _path, _removable) = (stream, path, removable);

    /// <summary>The lock file for <paramref name="output"/>: hidden, beside it (the output itself is replaced whole).</summary>
    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".sitegen-lock");
    }

    /// <summary>The lock, or null when another build holds it. Other I/O failures (no permission to create it) are thrown.</summary>
    public static OutputLock? TryTake(string output)
    {
        var path = PathFor(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1,
                    OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            }
            catch (IOException e) when (Busy.Contains(e.HResult))
            {
                return null;
            }
            var same = LibC.IsSameFile(stream.SafeFileHandle, path);
            if (same is false)
            {
                stream.Dispose(); // taken from a build that removed the file as we opened it: try the new one
                continue;
            }
            return new OutputLock(stream, path, removable: same is true);
        }
        return null;
    }

    public void Dispose()
    {
        // Removed while still held, so a build waiting on the old file finds it gone (and retries) rather than taking it.
        if (_removable)
            try { File.Delete(_path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        _stream.Dispose();
    }
}
