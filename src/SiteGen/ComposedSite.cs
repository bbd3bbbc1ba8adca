using SiteGen.Output;

namespace SiteGen;

/// <summary>A site rendered in memory, before verification and writing; <see cref="Files"/> is empty when composing failed.</summary>
public sealed record ComposedSite(IReadOnlyList<OutputFile> Files, int ArticlesBuilt, int ArticlesSkipped, BuildOutcome Outcome)
{
    /// <summary>The files by path; a deferred file's bytes are made when its value is first read.</summary>
    public IReadOnlyDictionary<string, byte[]> ByPath() => new FilesByPath(Files);

    public BuildReport Report(TimeSpan elapsed) => new(ArticlesBuilt, ArticlesSkipped, Files.Count, Outcome, elapsed);
}
