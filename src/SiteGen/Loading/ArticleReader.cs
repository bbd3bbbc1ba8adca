using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// The load stage for one file: read → decode → front matter. A file that cannot be used (unreadable, too large,
/// empty, binary) is skipped with a diagnostic naming it, never lost silently.
/// </summary>
public sealed class ArticleReader
{
    private readonly FrontMatterReader _frontMatter = new();

    public SourceArticle? Read(ArticleFile file, DiagnosticBag diagnostics)
    {
        byte[]? bytes;
        try
        {
            bytes = file.Bytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("SG0107", file.RelativePath, 0, 0, $"The file cannot be read ({IoProblem.Cause(e)}).",
                e is UnauthorizedAccessException ? "Give the user running the build permission to read it, or remove it from the input folder."
                    : "Check that the file exists and is readable, or remove it from the input folder.");
            return null;
        }
        return bytes is null
            ? TooLarge(file.RelativePath, SafeLength(file), file.MaxBytes, diagnostics)
            : FromBytes(bytes, file.RelativePath, diagnostics, file.MaxBytes, file.ContentHash);
    }

    /// <summary>An article from a file's bytes (<paramref name="hash"/>: their SHA-256 when already known).</summary>
    public SourceArticle? FromBytes(byte[] bytes, string relativePath, DiagnosticBag diagnostics,
        long maxBytes = ArticleFile.DefaultMaxBytes, string? hash = null)
    {
        if (bytes.Length > maxBytes) return TooLarge(relativePath, bytes.Length, maxBytes, diagnostics);
        var decoded = TextDecoder.Decode(bytes);
        // A binary file is reported once (SG0103, skipped), not also for its encoding.
        if (!decoded.Text.Contains('\0'))
        {
            if (decoded.UsedFallback)
                diagnostics.Add(new Diagnostic(Severity.Info, "SG0104", relativePath, 0, 0,
                    "The file is not valid UTF-8; it was read as Windows-1252.", "Save the file as UTF-8 to be sure every character is read as meant."));
            InvalidBytes.Report(decoded, relativePath, diagnostics);
        }
        return FromDecoded(decoded.Text, hash ?? Convert.ToHexStringLower(SHA256.HashData(bytes)), relativePath, diagnostics);
    }

    /// <summary>An article from text already decoded (tests, tools); the hash is of its UTF-8 bytes.</summary>
    public SourceArticle? FromText(string text, string relativePath, DiagnosticBag diagnostics, long maxBytes = ArticleFile.DefaultMaxBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length > maxBytes
            ? TooLarge(relativePath, bytes.Length, maxBytes, diagnostics)
            : FromDecoded(text, Convert.ToHexStringLower(SHA256.HashData(bytes)), relativePath, diagnostics);
    }

    /// <summary>The article id: the file name without its extension (made unique across the site later).</summary>
    public static string IdOf(string relativePath) => Path.GetFileNameWithoutExtension(relativePath);

    private SourceArticle? FromDecoded(string text, string hash, string relativePath, DiagnosticBag diagnostics)
    {
        if (Skipped(text, relativePath, diagnostics)) return null;
        var format = Path.GetExtension(relativePath).ToLowerInvariant() is ".md" or ".markdown" ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var front = format == ArticleFormat.Markdown ? _frontMatter.Read(text, relativePath, diagnostics) : FrontMatterBlock.None;
        return new SourceArticle(new SourceFile(IdOf(relativePath), relativePath, text, hash), format, front);
    }

    private static bool Skipped(string text, string relativePath, DiagnosticBag diagnostics)
    {
        var (code, message) = text.Length == 0 ? ("SG0101", "The file is empty; skipped.")
            : text.Contains('\0') ? ("SG0103", "The file holds NUL bytes, so it is binary, not text; skipped.")
            : string.IsNullOrWhiteSpace(text) ? ("SG0102", "The file holds only whitespace; skipped.")
            : (null, null);
        if (code is null) return false;
        diagnostics.Warning(code, relativePath, 0, 0, message!, code == "SG0103"
            ? "Remove the file from the input folder, or save it as UTF-8 text."
            : "Write the article in it, or remove the file.");
        return true;
    }

    private static SourceArticle? TooLarge(string relativePath, long length, long maxBytes, DiagnosticBag diagnostics)
    {
        diagnostics.Warning("SG0105", relativePath, 0, 0,
            $"The file is {length / 1024.0 / 1024.0:0.0} MB; articles larger than {maxBytes / 1024.0 / 1024.0:0.#} MB are skipped.",
            "Split it into separate articles, or remove what is not article text.");
        return null;
    }

    private static long SafeLength(ArticleFile file)
    {
        try { return file.Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return file.MaxBytes + 1; }
    }
}
