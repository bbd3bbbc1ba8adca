namespace SiteGen.Output;

/// <summary>
/// One file of the generated site: its path relative to the output folder ('/' separated) and its bytes. The bytes
/// of a file can be made on first use (<see cref="Deferred"/>): `serve` never makes a large data file no browser asks for;
/// and a page the last build already wrote is only read back from disk if something needs its bytes (<see cref="Stored"/>).
/// </summary>
public sealed record OutputFile
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Lazy<byte[]>? _content;
    private readonly Func<byte[]>? _read;
    private string? _hash;

    public OutputFile(string path, byte[] content) : this(path, new Lazy<byte[]>(content)) { }

    private OutputFile(string path, Lazy<byte[]> content) => (Path, _content) = (path, content);

    private OutputFile(string path, Func<byte[]> read, string hash, string stagedIn) => (Path, _read, _hash, StagedIn) = (path, read, hash, stagedIn);

    public string Path { get; }

    /// <summary>The bytes; a <see cref="Staged"/> file reads them from disk on every use and keeps none.</summary>
    public byte[] Content => _content?.Value ?? _read!();

    /// <summary>The staging folder that already holds this file's bytes at <see cref="Path"/>, or null.</summary>
    public string? StagedIn { get; }

    /// <summary>SHA-256 of <see cref="Content"/>, computed once.</summary>
    public string Hash => _hash ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    /// <summary>
    /// A file whose bytes are known by their hash and read (once) only when asked for: a page the last build wrote,
    /// from the same <see cref="Rendering.PageKey"/>, that verification (verdict cached by hash) and the write
    /// (hash unchanged) can both pass over without reading.
    /// </summary>
    public static OutputFile Stored(string path, string hash, Func<byte[]> content) =>
        new(path, new Lazy<byte[]>(content, LazyThreadSafetyMode.ExecutionAndPublication)) { _hash = hash };

    /// <summary>
    /// A file already written into the staging folder <paramref name="folder"/> (<see cref="SiteStaging"/>): only its
    /// path and hash stay in memory, so a build's peak memory does not grow with the size of the site.
    /// </summary>
    public static OutputFile Staged(string path, string hash, string folder, Func<byte[]> read) => new(path, read, hash, folder);

    /// <summary>
    /// A large file written straight to a stream (<paramref name="write"/>): staging streams it into its folder
    /// without holding its bytes; anything else that asks for <see cref="Content"/> gets them made in memory, once.
    /// </summary>
    public static OutputFile Streamed(string path, Action<Stream> write) =>
        new(path, new Lazy<byte[]>(() =>
        {
            using var memory = new MemoryStream();
            write(memory);
            return memory.ToArray();
        }, LazyThreadSafetyMode.ExecutionAndPublication)) { WriteTo = write };

    /// <summary>How a <see cref="Streamed"/> file writes its bytes to a stream, or null.</summary>
    public Action<Stream>? WriteTo { get; private init; }

    /// <summary>A file whose bytes are made when first read (once, whichever thread asks).</summary>
    public static OutputFile Deferred(string path, Func<byte[]> content) => new(path, new Lazy<byte[]>(content, LazyThreadSafetyMode.ExecutionAndPublication));

    public static OutputFile Text(string path, string text) =>
        new(path, Utf8NoBom.GetBytes(text.Replace("\r\n", "\n").Replace('\r', '\n')));
}
