namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics while the build goes on. Thread-safe; <see cref="Sorted"/> gives a deterministic order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    private readonly DiagnosticBag? _parent;
    private readonly string _folder = "";

    public DiagnosticBag() { }

    private DiagnosticBag(DiagnosticBag parent, string folder) => (_parent, _folder) = (parent, folder);

    /// <summary>
    /// A view that files every diagnostic under <paramref name="folder"/> (as the maintainer types it, e.g. <c>seeds</c>)
    /// into this bag: the loader names files relative to the input folder, the maintainer reads them from where
    /// they ran the build, so <c>seeds/leeg.txt(1,1)</c> opens in an editor as printed.
    /// </summary>
    public DiagnosticBag Under(string folder) =>
        folder is "" or "." ? this : new DiagnosticBag(_parent ?? this, Combine(_folder, folder));

    public void Add(Diagnostic diagnostic)
    {
        if (_parent is not null)
        {
            _parent.Add(diagnostic.File.Length == 0 ? diagnostic : diagnostic with { File = Combine(_folder, diagnostic.File) });
            return;
        }
        lock (_lock) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    private static string Combine(string folder, string file) =>
        folder.Length == 0 || Path.IsPathRooted(file) ? file : folder.TrimEnd('/') + "/" + file;

    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Warning, code, file, line, column, message, fix));

    public int ErrorCount => _parent?.ErrorCount ?? Count(Severity.Error);

    public int WarningCount => _parent?.WarningCount ?? Count(Severity.Warning);

    private int Count(Severity severity)
    {
        lock (_lock) return _items.Count(d => d.Severity == severity);
    }

    /// <summary>By file, line, column, code, message: the same input always prints the same list.</summary>
    public IReadOnlyList<Diagnostic> Sorted
    {
        get
        {
            if (_parent is not null) return _parent.Sorted;
            lock (_lock)
                return _items
                    .OrderBy(d => d.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Line).ThenBy(d => d.Column)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)
                    .ToList();
        }
    }
}
