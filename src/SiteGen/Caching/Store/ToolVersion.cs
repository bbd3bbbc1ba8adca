using SiteGen.Configuration;

namespace SiteGen.Caching.Store;

/// <summary>
/// Identifies the code that produced a cached result: the released version (<see cref="ToolRelease"/>, readable in the
/// cache folder's name) and the module version ids of SiteGen and SiteGen.Temporal. With deterministic compilation
/// these change exactly when the code or its embedded language data and default theme change, so a cache entry can
/// never outlive the rules that made it (the version number alone would, between releases).
/// </summary>
public static class ToolVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var tool = typeof(ToolVersion).Assembly.ManifestModule.ModuleVersionId;
        var tagger = typeof(Temporal.TemporalTagger).Assembly.ManifestModule.ModuleVersionId;
        return ToolRelease.Number + "-" + $"{tool:N}"[..12] + $"{tagger:N}"[..12];
    }
}
