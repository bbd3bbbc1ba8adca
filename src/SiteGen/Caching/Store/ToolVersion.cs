namespace SiteGen.Caching.Store;

/// <summary>
/// Identifies the code that produced a cached result: the module version ids of SiteGen and SiteGen.Temporal.
/// With deterministic compilation these change exactly when the code or its embedded language data change, so a
/// cache entry can never outlive the rules that made it (a version number would, between releases).
/// </summary>
public static class ToolVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var tool = typeof(ToolVersion).Assembly.ManifestModule.ModuleVersionId;
        var tagger = typeof(Temporal.TemporalTagger).Assembly.ManifestModule.ModuleVersionId;
        return $"{tool:N}"[..12] + $"{tagger:N}"[..12];
    }
}
