namespace SiteGen.Output;

/// <summary>One file of the generated site: its path relative to the output folder ('/' separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    private string? _hash;

    /// <summary>SHA-256 of <see cref="Content"/>, computed once.</summary>
    public string Hash => _hash ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) =>
        new(path, Utf8NoBom.GetBytes(text.Replace("\r\n", "\n").Replace('\r', '\n')));
}
