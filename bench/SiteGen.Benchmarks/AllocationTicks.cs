using System.Diagnostics.Tracing;

namespace SiteGen.Benchmarks;

/// <summary>
/// Counts the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of the object that crossed
/// the mark) while it lives, so a probe can say which types take the bytes.
/// </summary>
public sealed class AllocationTicks : EventListener
{
    private readonly Dictionary<string, int> _ticks = [];

    /// <summary>The types by share of the ticks, the largest first.</summary>
    public void Print(TextWriter output, int top)
    {
        lock (_ticks)
        {
            var total = Math.Max(1, _ticks.Values.Sum());
            foreach (var (type, ticks) in _ticks.OrderByDescending(t => t.Value).Take(top))
                output.WriteLine($"{100.0 * ticks / total,6:F1}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
        var i = e.PayloadNames!.IndexOf("TypeName");
        var name = i >= 0 ? e.Payload![i] as string ?? "?" : "?";
        lock (_ticks) _ticks[name] = _ticks.GetValueOrDefault(name) + 1;
    }
}
