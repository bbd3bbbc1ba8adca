using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SiteGen.Benchmarks;

/// <summary>
/// Where a whole command allocates, from a trace of it (`dotnet-trace collect --profile gc-verbose -o T.nettrace --
/// sitegen build …`): the runtime samples an allocation about every 100 KB with its stack. Prints the sampled bytes by
/// type and by the first frames of SiteGen, Scriban, Markdig or AngleSharp above the allocation (or the first frames
/// whatever they are, with `--full`), keeping only stacks through a frame containing FILTER. This is how the render
/// and extraction allocations of issue 22 were found: the allocation probe names types, not call sites.
/// </summary>
public static class AllocationStacksProbe
{
    private static readonly string[] Ours = ["SiteGen", "Scriban", "Markdig", "AngleSharp"];

    public static void Run(TextWriter output, string trace, string filter, int top, bool full)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(trace));
        var bytesByStack = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var e in log.Events)
        {
            if (e is not GCAllocationTickTraceData tick) continue;
            var frames = new List<string>();
            for (var frame = e.CallStack(); frame is not null; frame = frame.Caller) frames.Add(frame.CodeAddress.FullMethodName ?? "?");
            if (filter.Length > 0 && !frames.Any(f => f.Contains(filter, StringComparison.Ordinal))) continue;
            total += tick.AllocationAmount64;
            var shown = (full ? frames.Take(6) : frames.Where(f => Ours.Any(o => f.Contains(o, StringComparison.Ordinal))).Take(4))
                .Select(f => f.Length > 90 ? f[..90] : f);
            var key = tick.TypeName + "  <-  " + string.Join(" <- ", shown);
            bytesByStack[key] = bytesByStack.GetValueOrDefault(key) + tick.AllocationAmount64;
        }
        output.WriteLine($"{total / 1e6:F0} MB sampled{(filter.Length > 0 ? " through " + filter : "")}");
        foreach (var (stack, bytes) in bytesByStack.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(top))
            output.WriteLine($"{100.0 * bytes / Math.Max(1, total),5:F1}%  {stack}");
    }
}
