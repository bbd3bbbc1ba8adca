namespace SiteGen.Temporal.Rules;

/// <summary>A broken language resource: a bug in the shipped data, reported as <c>file(line): message</c>.</summary>
public sealed class ResourceException(string file, int line, string message)
    : Exception($"{file}({line}): {message}")
{
    public string File { get; } = file;

    public int LineNumber { get; } = line;
}
