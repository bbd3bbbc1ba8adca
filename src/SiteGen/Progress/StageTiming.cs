namespace SiteGen.Progress;

/// <summary>How long one build stage took and how many items it handled.</summary>
public sealed record StageTiming(string Name, int Items, TimeSpan Elapsed)
{
    public override string ToString() => $"{Name,-10} {Items,8} {Elapsed.TotalSeconds,8:0.000} s";
}
