namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics while the build goes on. Thread-safe; <see cref="Sorted"/> gives a deterministic order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.AddRange(diagnostics);
    }

    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Warning, code, file, line, column, message, fix));

    public int ErrorCount { get { lock (_lock) return _items.Count(d => d.Severity == Severity.Error); } }

    public int WarningCount { get { lock (_lock) return _items.Count(d => d.Severity == Severity.Warning); } }

    /// <summary>By file, line, column, code, message: the same input always prints the same list.</summary>
    public IReadOnlyList<Diagnostic> Sorted
    {
        get
        {
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
