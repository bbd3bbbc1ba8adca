using System.Diagnostics;

namespace SiteGen.Progress;

/// <summary>One running stage. <see cref="Advance"/> is safe from any thread; disposing ends the stage and records its time.</summary>
public sealed class ProgressStage : IDisposable
{
    private readonly BuildProgress _owner;
    private readonly long _started;
    private readonly TimeSpan _cpuStarted = CpuTime();
    private readonly long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private int _done;
    private int _finished;

    internal ProgressStage(BuildProgress owner, string name, int total, object? handle, long started)
    {
        _owner = owner;
        Name = name;
        Total = total;
        Handle = handle;
        _started = started;
    }

    public string Name { get; }

    public int Total { get; }

    internal object? Handle { get; }

    public void Advance(int count = 1)
    {
        var done = Interlocked.Add(ref _done, count);
        _owner.Report(Handle, done, Total);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1) return;
        _owner.Finish(this, Math.Max(Volatile.Read(ref _done), Total), Stopwatch.GetElapsedTime(_started), CpuTime() - _cpuStarted,
            GC.GetTotalAllocatedBytes() - _allocatedBefore);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
