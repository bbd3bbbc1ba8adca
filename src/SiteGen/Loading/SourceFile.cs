namespace SiteGen.Loading;

/// <summary>
/// An input file as decoded. <see cref="Text"/> is the whole file as text (BOM removed, line endings untouched),
/// the string every offset in the pipeline points into. <see cref="RelativePath"/> uses '/' and is what diagnostics name.
/// </summary>
public sealed record SourceFile(string Id, string RelativePath, string Text, string ContentHash);
