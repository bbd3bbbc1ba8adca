using Microsoft.Diagnostics.Tracing.Etlx;

namespace SiteGen.Benchmarks;

/// <summary>
/// Where a whole command spends its CPU, from a trace of it (`dotnet-trace collect --profile
/// dotnet-sampled-thread-time -o T.nettrace -- sitegen build …`): the runtime samples every managed thread about 100
/// times a second. Samples of a thread parked in a wait (a lock, a join, an idle pool thread) are left out, so what
/// remains approximates CPU time. Prints, over the running samples whose stack goes through a frame containing FILTER
/// (all when empty), the share each method is on the stack of (inclusive), and the leaf with the first frames of
/// SiteGen, Scriban, Markdig or AngleSharp above it (exclusive): the profile issue 22's cold path was read from.
/// </summary>
public static class CpuStacksProbe
{
    private static readonly string[] Ours = ["SiteGen", "Scriban", "Markdig", "AngleSharp", "Lucene", "YamlDotNet"];

    // Frames that mean the thread is not running: it waits for a lock, a signal, other threads or work.
    private static readonly string[] Waits =
        ["WaitHandle.Wait", "Monitor.Wait", "Monitor.Enter", "Thread.Sleep", "SpinWait", "Thread.Join", "WaitOneCore",
         "LowLevelLifoSemaphore", "LowLevelMonitor", "SemaphoreSlim.Wait", "ManualResetEventSlim.Wait", "Task.InternalWait",
         "Task.SpinThenBlockingWait", "WaitSubsystem", "PortableThreadPool+GateThread", "WaitForSignal"];

    public static void Run(TextWriter output, string trace, string filter, int top)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(trace));
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var running = 0;
        var parked = 0;
        var through = 0;
        foreach (var e in log.Events)
        {
            if (e.EventName != "Thread/Sample" || e.CallStack() is not { } leaf) continue;
            var frames = new List<string>();
            for (var frame = leaf; frame is not null; frame = frame.Caller) frames.Add(frame.CodeAddress.FullMethodName ?? "?");
            if (frames.Count == 0 || frames.Take(12).Any(f => Waits.Any(w => f.Contains(w, StringComparison.Ordinal))))
            {
                parked++;
                continue;
            }
            running++;
            if (filter.Length > 0 && !frames.Any(f => f.Contains(filter, StringComparison.Ordinal))) continue;
            through++;
            foreach (var method in frames.Distinct(StringComparer.Ordinal))
                inclusive[method] = inclusive.GetValueOrDefault(method) + 1;
            var own = frames.Where(f => Ours.Any(o => f.Contains(o, StringComparison.Ordinal))).Take(filter.Length > 0 ? 3 : 1).Select(Short);
            var key = string.Join("  <-  ", new[] { Short(frames[0]) }.Concat(own).Distinct(StringComparer.Ordinal));
            exclusive[key] = exclusive.GetValueOrDefault(key) + 1;
        }
        output.WriteLine($"{running} running samples (about {running / 100.0:F1} CPU-s), {parked} parked left out{(filter.Length > 0 ? $"; {through} through {filter}" : "")}");
        output.WriteLine("inclusive:");
        foreach (var (method, n) in inclusive.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(top))
            output.WriteLine($"{100.0 * n / Math.Max(1, running),5:F1}%  {Short(method)}");
        output.WriteLine("exclusive (leaf <- first frame of ours):");
        foreach (var (method, n) in exclusive.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(top))
            output.WriteLine($"{100.0 * n / Math.Max(1, running),5:F1}%  {Short(method)}");
    }

    // The method's name and the start of its signature: enough to tell overloads apart on one line.
    private static string Short(string method) => method.Length > 110 ? method[..110] : method;
}
