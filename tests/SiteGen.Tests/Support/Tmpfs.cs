using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a folder for the length of a test, to make a full or read-only disk for real (root only:
/// CI and this machine run as root; elsewhere the tests that need it are skipped, see <see cref="MountFactAttribute"/>).
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    public Tmpfs(string folder, int kilobytes)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
    }

    public string Folder { get; }

    /// <summary>Why mounting is not possible here, or null when it is (tried once).</summary>
    public static string? SkipReason { get; } = Probe();

    public long UsedKilobytes => (new DriveInfo(Folder).TotalSize - new DriveInfo(Folder).AvailableFreeSpace) / 1024;

    /// <summary>Changes the mount in place: a size (<c>size=300k</c>) or <c>ro</c>/<c>rw</c>.</summary>
    public void Remount(string options) => Run("mount", "-o", "remount," + options, Folder);

    public void Dispose()
    {
        try { Run("umount", "-l", Folder); } catch (InvalidOperationException) { }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs mounts need Linux";
        var folder = Directory.CreateTempSubdirectory("sitegen-mount-probe-").FullName;
        try
        {
            using var mount = new Tmpfs(folder, 64);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot mount a tmpfs here (not root?): " + e.Message;
        }
        finally
        {
            try { Directory.Delete(folder); } catch (IOException) { }
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error.Trim()}");
    }
}
