using SiteGen.Diagnostics;

namespace SiteGen.Rendering.Bodies;

/// <summary>An article body as rendered, with the diagnostics rendering it gave (reported again whenever it is reused).</summary>
public sealed record MadeBody(RenderedBody Body, IReadOnlyList<Diagnostic> Diagnostics);
