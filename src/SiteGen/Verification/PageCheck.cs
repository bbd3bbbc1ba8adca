using System.Security.Cryptography;

namespace SiteGen.Verification;

/// <summary>
/// One page to verify: its path, the base URL its links are read against, and its bytes and their SHA-256, each
/// worked out once and only when asked for (a page whose earlier verdict stands is never read).
/// </summary>
public sealed class PageCheck(string path, string baseUrl, Func<byte[]> bytes, Func<string>? hash = null)
{
    private readonly Lazy<byte[]> _bytes = new(bytes, LazyThreadSafetyMode.None);
    private string? _hash;

    public string Path { get; } = path;

    public string BaseUrl { get; } = baseUrl;

    public byte[] Bytes => _bytes.Value;

    public string Hash => _hash ??= hash?.Invoke() ?? Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
