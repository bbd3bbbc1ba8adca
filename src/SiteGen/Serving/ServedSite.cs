using SiteGen.Diagnostics;

namespace SiteGen.Serving;

/// <summary>
/// What the dev server shows: the last build's files in memory (paths relative to the output folder, '/'
/// separated), or, when the last build failed, its errors: a stale site is never served as if it were current.
/// </summary>
public sealed record ServedSite(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Errors, int Version)
{
    public static readonly ServedSite Empty = new(new Dictionary<string, byte[]>(), [], 0);

    public bool Failed => Errors.Count > 0;
}
