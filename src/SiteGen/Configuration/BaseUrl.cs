namespace SiteGen.Configuration;

/// <summary>Normalises the sub-path a site is served under: <c>repo</c>, <c>/repo</c> and <c>/repo/</c> all become <c>/repo/</c>.</summary>
public static class BaseUrl
{
    public static string Normalize(string? value)
    {
        var trimmed = (value ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>An absolute site address ends with '/', so page paths can be appended.</summary>
    public static string? NormalizeSiteUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        return trimmed.EndsWith('/') ? trimmed : trimmed + "/";
    }

    public static bool IsValidSiteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http");
}
