using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Verification.Model;

namespace SiteGen.Verification.Checks;

/// <summary>
/// A published folder holds exactly what its <see cref="SiteManifest"/> lists, byte for byte: no file missing, changed
/// or added. A site cut short (a half-finished copy, a deploy that stopped) or touched by hand shows here. Run by
/// <c>sitegen verify</c> on a folder that has a manifest; a build writes the manifest from the very files it writes.
/// </summary>
public sealed class ManifestCheck
{
    public string Code => "SG5015";

    public Severity Severity => Severity.Error;

    /// <summary><paramref name="present"/>: the folder's files, relative path → where to read them.</summary>
    public IEnumerable<Finding> Run(IReadOnlyDictionary<string, string> manifest, IReadOnlyDictionary<string, string> present)
    {
        const string Fix = "Publish the site again with sitegen build; do not edit or copy parts of a published site by hand.";
        foreach (var (path, hash) in manifest.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!present.TryGetValue(path, out var full))
                yield return new Finding(path, 0, 0, "The manifest lists this file, but the folder does not have it.", Fix);
            else if (!string.Equals(HashOf(full), hash, StringComparison.Ordinal))
                yield return new Finding(path, 0, 0, "This file differs from what the manifest says was written.", Fix);
        }
        foreach (var path in present.Keys.Where(p => p != SiteManifest.FileName && !manifest.ContainsKey(p)).Order(StringComparer.Ordinal))
            yield return new Finding(path, 0, 0, "This file is not in the manifest: SiteGen did not write it.", Fix);
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
