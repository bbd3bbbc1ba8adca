using SiteGen.Cli;
using SiteGen.Output;

namespace SiteGen;

/// <summary>A site rendered in memory, before verification and writing; <see cref="Files"/> is empty when composing failed.</summary>
public sealed record ComposedSite(IReadOnlyList<OutputFile> Files, int ArticlesBuilt, int ArticlesSkipped, ExitCode Outcome)
{
    public IReadOnlyDictionary<string, byte[]> ByPath() => Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    public BuildReport Report(TimeSpan elapsed) => new(ArticlesBuilt, ArticlesSkipped, Files.Count, Outcome, elapsed);
}
