using System.Security.Cryptography;

namespace SiteGen.Theming;

/// <summary>
/// One file of the theme a build uses: <see cref="RelativePath"/> inside its folder (<c>partials/entry.sbn</c>,
/// <c>css/site.css</c>), taken either from the site's own folder (<see cref="SiteFile"/>) or from the default theme
/// embedded in the tool (<see cref="Embedded"/>). <see cref="Display"/> is how diagnostics name it:
/// <c>templates/article.sbn</c> for the site's file, <c>sitegen:templates/article.sbn</c> for the default.
/// </summary>
public sealed record ThemeFile(string RelativePath, string Display, string? SiteFile, byte[]? Embedded)
{
    public bool IsDefault => SiteFile is null;

    /// <summary>Where the file came from, as <c>--verbose</c> prints it.</summary>
    public string Origin => IsDefault ? "default theme" : "site";

    public byte[] ReadBytes() => Embedded ?? File.ReadAllBytes(SiteFile!);

    public string ReadText() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    /// <summary>The SHA-256 of the bytes, streamed for a site file; the cache keys and the fingerprint take it with the origin.</summary>
    public string ContentHash()
    {
        if (Embedded is not null) return Convert.ToHexStringLower(SHA256.HashData(Embedded));
        using var stream = new FileStream(SiteFile!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
