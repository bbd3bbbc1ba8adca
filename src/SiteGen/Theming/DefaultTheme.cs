namespace SiteGen.Theming;

/// <summary>
/// The templates, interface texts and static files built into the tool: the repository's <c>templates/</c> and
/// <c>wwwroot/</c>, embedded at build time under <c>SiteGen.Theme/</c> (see SiteGen.csproj), so there is one copy.
/// A site without its own folders is built with these alone.
/// </summary>
public static class DefaultTheme
{
    public const string TemplatesFolder = "templates";
    public const string WwwrootFolder = "wwwroot";
    private const string Prefix = "SiteGen.Theme/";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(string Path, byte[] Bytes)>>> Folders = new(Read);

    /// <summary>The files of one folder (<see cref="TemplatesFolder"/> or <see cref="WwwrootFolder"/>), by relative path, in ordinal order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string folder) =>
        Folders.Value.TryGetValue(folder, out var files) ? files : [];

    private static IReadOnlyDictionary<string, IReadOnlyList<(string Path, byte[] Bytes)>> Read()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var files = new Dictionary<string, List<(string, byte[])>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // MSBuild writes RecursiveDir with the separator of the machine that built the tool.
            var path = name[Prefix.Length..].Replace('\\', '/');
            var slash = path.IndexOf('/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var folder = path[..slash];
            if (!files.TryGetValue(folder, out var list)) files[folder] = list = [];
            list.Add((path[(slash + 1)..], bytes.ToArray()));
        }
        return files.ToDictionary(p => p.Key, p => (IReadOnlyList<(string, byte[])>)[.. p.Value.OrderBy(f => f.Item1, StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
