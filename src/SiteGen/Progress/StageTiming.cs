namespace SiteGen.Progress;

/// <summary>
/// How long one build stage took and how many items it handled. <see cref="Cpu"/> is the processor time the whole
/// process used meanwhile (all threads): on a shared, loaded machine it says more than wall time, and
/// cpu / wall shows how well the stage used the cores. <see cref="Allocated"/> is what the process allocated on the
/// managed heap meanwhile, in bytes: on a small machine garbage collection is much of a stage's time, and this says
/// which stage makes the garbage.
/// </summary>
public sealed record StageTiming(string Name, int Items, TimeSpan Elapsed, TimeSpan Cpu, long Allocated)
{
    public override string ToString() =>
        $"{Name,-10} {Items,8} items {Elapsed.TotalSeconds,8:0.000} s wall {Cpu.TotalSeconds,8:0.000} s cpu {Allocated >> 20,8} MB allocated";

    /// <summary>The short form <c>--verbose</c> prints: <c>render 212 ms (35 MB)</c>.</summary>
    public string Brief => $"{Name} {Elapsed.TotalMilliseconds:0} ms ({Allocated >> 20} MB)";
}
