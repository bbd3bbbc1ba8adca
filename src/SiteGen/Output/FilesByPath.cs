using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Output;

/// <summary>A site's files by output path, as bytes; reading a value is what makes a deferred file's bytes.</summary>
public sealed class FilesByPath(IEnumerable<OutputFile> files) : IReadOnlyDictionary<string, byte[]>
{
    private readonly Dictionary<string, OutputFile> _files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public byte[] this[string key] => _files[key].Content;

    public IEnumerable<string> Keys => _files.Keys;

    public IEnumerable<byte[]> Values => _files.Values.Select(f => f.Content);

    public int Count => _files.Count;

    public bool ContainsKey(string key) => _files.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out byte[] value)
    {
        value = _files.TryGetValue(key, out var file) ? file.Content : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
        _files.Select(f => KeyValuePair.Create(f.Key, f.Value.Content)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
