namespace SiteGen.Diagnostics;

/// <summary>
/// One problem in content, templates or output, printed in MSBuild form:
/// <c>path(line,col): severity SGnnnn: message Fix: how to fix it</c>.
/// Line and column are 1-based; 0 means unknown.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        return Fix is null
            ? $"{where}: {severity} {Code}: {Message}"
            : $"{where}: {severity} {Code}: {Message} Fix: {Fix}";
    }
}
