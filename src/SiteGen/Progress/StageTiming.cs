namespace SiteGen.Progress;

/// <summary>
/// How long one build stage took and how many items it handled. <see cref="Cpu"/> is the processor time the whole
/// process used meanwhile (all threads): on a shared, loaded machine it says more than wall time, and
/// cpu / wall shows how well the stage used the cores.
/// </summary>
public sealed record StageTiming(string Name, int Items, TimeSpan Elapsed, TimeSpan Cpu)
{
    public override string ToString() =>
        $"{Name,-10} {Items,8} items {Elapsed.TotalSeconds,8:0.000} s wall {Cpu.TotalSeconds,8:0.000} s cpu";
}
