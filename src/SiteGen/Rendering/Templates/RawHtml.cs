using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// Markup the generator built itself (an encoded article body, a rendered partial). The only value the
/// template context writes without encoding; anything else, article text included, is encoded.
/// A body taken from the cache is <see cref="Deferred"/>: its <see cref="Digest"/> is known (page keys use it), and
/// its markup is made only if a page actually writes it.
/// </summary>
public sealed class RawHtml : IEquatable<RawHtml>
{
    public static readonly RawHtml Empty = new("");

    private readonly Lock _lock = new();
    private string? _html;
    private Func<string>? _make;
    private Func<string>? _remake;
    private string? _digest;

    public RawHtml(string html) => _html = html;

    private RawHtml(string digest, Func<string> make)
    {
        _digest = digest;
        _make = make;
    }

    /// <summary>Markup whose digest is known and which <paramref name="make"/> produces when it is first needed.</summary>
    public static RawHtml Deferred(string digest, Func<string> make) => new(digest, make);

    /// <summary>
    /// Markup made by <paramref name="make"/> each time it is written and never kept: a build holds an article body's
    /// digest, not its markup, from the moment the body is rendered until its page is (issue 22: the bodies of
    /// 100,000 articles are gigabytes). <paramref name="make"/> must give the same markup every time.
    /// </summary>
    public static RawHtml Remade(Func<string> make, string? digest = null) => new(digest!, make) { _make = null, _remake = make };

    /// <summary>Whether the markup has not been made yet (or is made again on each use).</summary>
    public bool IsDeferred => Volatile.Read(ref _html) is null;

    public string Html
    {
        get
        {
            if (_remake is { } remake) return remake();
            if (Volatile.Read(ref _html) is { } html) return html;
            lock (_lock)
            {
                if (_html is null)
                {
                    _html = _make!();
                    _make = null;
                }
                return _html;
            }
        }
    }

    /// <summary>SHA-256 of the markup's UTF-8 bytes, in lowercase hex: what a page key records instead of the markup.</summary>
    public string Digest => _digest ??= DigestOf(Html);

    public static string DigestOf(string html) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));

    public bool Equals(RawHtml? other) => other is not null && (ReferenceEquals(this, other) || Html == other.Html);

    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Html;
}
