using SiteGen.Diagnostics;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// What rendering an article's body gave, as the cache keeps it: the digest of the markup (what its page's key
/// records), the anchor ids in it (what timeline links point at), its summary (the page's meta description) and the
/// diagnostics it raised, which a build that takes the body from the cache reports again. The markup itself is not kept: it is made again only for a page
/// that is rendered. Keyed by the article's path and content hash and the render salt.
/// </summary>
public sealed record CachedBody(string Digest, IReadOnlyList<string> Anchors, string Description, IReadOnlyList<Diagnostic> Diagnostics);
