using System.Security.Cryptography;

namespace SiteGen.Loading;

/// <summary>
/// An article file under the input folder, as <see cref="InputScanner"/> found it. Its bytes are read once, when
/// first asked for, and shared by whoever needs them: the reader, and the reuse of earlier builds by content hash.
/// A file larger than <see cref="MaxBytes"/> is never read, and an empty one never opened: news articles are
/// kilobytes, and tagging needs seconds per megabyte, so hostile or mistaken input stays cheap.
/// </summary>
public sealed class ArticleFile(string fullPath, string relativePath, long? length = null, long maxBytes = ArticleFile.DefaultMaxBytes)
{
    public const int DefaultMaxBytes = 1024 * 1024;

    private byte[]? _bytes;
    private string? _hash;
    private bool _hashed;

    /// <summary>Where to read the file: for a link inside the input folder, its real target.</summary>
    public string FullPath { get; } = fullPath;

    /// <summary>The path under the input folder, '/'-separated: what diagnostics and ids use.</summary>
    public string RelativePath { get; } = relativePath;

    public long MaxBytes { get; } = maxBytes;

    /// <summary>
    /// The size as the folder was walked, else on disk now; <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it cannot be known.
    /// </summary>
    public long Length => length ??= new FileInfo(FullPath).Length;

    /// <summary>
    /// The file's bytes, read once; null when the file is larger than <see cref="MaxBytes"/> (it is not read at all).
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be read.
    /// </summary>
    public byte[]? Bytes()
    {
        if (_bytes is not null) return _bytes;
        if (Length > MaxBytes) return null;
        if (Length == 0) return _bytes = [];
        // At most one byte past the limit is read: a file that grew past it since it was listed is then too large.
        var bytes = BoundedRead.AllBytes(FullPath, (int)MaxBytes);
        return bytes.Length > MaxBytes ? null : _bytes = bytes;
    }

    /// <summary>
    /// SHA-256 of the bytes (hex), or null when there are none to hash (empty, too large, unreadable): such a file is
    /// never reused from an earlier build, only read and reported.
    /// </summary>
    public string? ContentHash
    {
        get
        {
            if (_hashed) return _hash;
            try
            {
                _hash = Bytes() is { Length: > 0 } bytes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _hash = null;
            }
            _hashed = true;
            return _hash;
        }
    }

    /// <summary>Lets go of the bytes once the article is made from them (a large archive would hold them all otherwise).</summary>
    public void Release() => _bytes = null;
}
