namespace SiteGen.Temporal;

/// <summary>
/// The publication date of an article at the precision known (<c>2022-02-04T15:36</c>, <c>2022-02</c>, <c>2024</c>).
/// <see cref="Source"/> says where it came from: <c>front-matter</c>, <c>dateline</c>, <c>header</c>,
/// <c>inferred</c> (estimated from the text), <c>refined</c> (from another article), <c>option</c> (--dct).
/// </summary>
public sealed record DocumentDate(string Value, bool Estimated, string Source, string? Evidence = null);
