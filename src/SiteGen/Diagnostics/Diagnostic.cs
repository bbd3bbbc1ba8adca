namespace SiteGen.Diagnostics;

/// <summary>
/// One problem in content, templates or output, printed in MSBuild form:
/// <c>path(line,col): severity SGnnnn: message Fix: how to fix it</c>.
/// Line and column are 1-based; 0 means unknown. File, message and fix are printed with control characters escaped
/// (<see cref="ControlText"/>): they may quote file names and front-matter values.
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
        var file = ControlText.EscapePath(File);
        var where = Line > 0 ? $"{file}({Line},{Math.Max(Column, 1)})" : file;
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        return Fix is null
            ? $"{where}: {severity} {Code}: {ControlText.Escape(Message)}"
            : $"{where}: {severity} {Code}: {ControlText.Escape(Message)} Fix: {ControlText.Escape(Fix)}";
    }
}
