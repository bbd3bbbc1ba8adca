namespace SiteGen.Temporal;

/// <summary>
/// The publication date of an article at the precision known (<c>2022-02-04T15:36</c>, <c>2022-02</c>, <c>2024</c>).
/// <see cref="Source"/> says where it came from: <c>front-matter</c>, <c>dateline</c>, <c>header</c>,
/// <c>inferred</c> (estimated from the text), <c>refined</c> (from another article), <c>dossier</c> (an undated
/// article dated from another's report), <c>option</c> (--dct). <see cref="From"/> is the id of the article a
/// <c>refined</c> or <c>dossier</c> date was taken from, so a reader can check it.
/// </summary>
public sealed record DocumentDate(string Value, bool Estimated, string Source, string? Evidence = null, string? From = null);
